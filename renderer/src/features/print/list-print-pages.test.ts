import { describe, expect, it } from 'vitest'
import { countListPages } from './list-print-pages'
import { pageContentHeightMm } from './print-page-style'

describe('counting a printed list\'s pages', () => {
  it('moves a row that does not fit whole to the next page, under the repeated headers', () => {
    const page = pageContentHeightMm(false)
    const head = 8
    const row = 5
    const onFirst = Math.floor((page - 20 - head) / row)
    const onOthers = Math.floor((page - head) / row)
    expect(countListPages({ firstBlockMm: 20, headMm: head, rowsMm: Array(onFirst).fill(row) }, false)).toBe(1)
    expect(countListPages({ firstBlockMm: 20, headMm: head, rowsMm: Array(onFirst + 1).fill(row) }, false)).toBe(2)
    expect(countListPages({ firstBlockMm: 20, headMm: head, rowsMm: Array(onFirst + onOthers + 1).fill(row) }, false)).toBe(3)
  })

  it('counts taller, wrapped rows', () => {
    const single = Array(100).fill(5)
    const wrapped = Array(100).fill(10)
    expect(countListPages({ firstBlockMm: 20, headMm: 8, rowsMm: wrapped }, false)).toBeGreaterThan(countListPages({ firstBlockMm: 20, headMm: 8, rowsMm: single }, false))
    expect(countListPages({ firstBlockMm: 20, headMm: 8, rowsMm: single }, true)).toBeGreaterThan(countListPages({ firstBlockMm: 20, headMm: 8, rowsMm: single }, false))
  })
})
