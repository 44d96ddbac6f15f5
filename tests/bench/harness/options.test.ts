import { describe, expect, it } from 'vitest'
import { isSelected, parseBenchOptions } from './options'

describe('parseBenchOptions', () => {
  it('defaults to the target size, every measure, each measure its own runs', () => {
    expect(parseBenchOptions([])).toMatchObject({ customers: 200_000, orders: 2_000_000, only: [], runs: undefined, smoke: false })
  })

  it('reads a size, prefixes and runs, with "=" or a separate value', () => {
    expect(parseBenchOptions(['--customers', '20000', '--orders=150000', '--only', 'search,list.sort', '--runs=3'])).toMatchObject({
      customers: 20_000,
      orders: 150_000,
      only: ['search', 'list.sort'],
      runs: 3
    })
  })

  it('gives ten orders a customer when only the customers are given', () => {
    expect(parseBenchOptions(['--customers', '5000']).orders).toBe(50_000)
  })

  it('makes the smoke run small and runs each measure once', () => {
    expect(parseBenchOptions(['--smoke'])).toMatchObject({ customers: 10_000, orders: 100_000, runs: 1, smoke: true })
  })

  it('refuses an unknown flag and a size that is not a number, with the usage', () => {
    expect(() => parseBenchOptions(['--fast'])).toThrow(/Unknown option --fast[\s\S]*npm run bench/)
    expect(() => parseBenchOptions(['--customers', 'many'])).toThrow(/--customers needs a whole number/)
  })
})

describe('isSelected', () => {
  it('selects by name prefix, everything without --only', () => {
    expect(isSelected({ only: [] }, 'list.open')).toBe(true)
    expect(isSelected({ only: ['search'] }, 'search.phone')).toBe(true)
    expect(isSelected({ only: ['list.sort'] }, 'list.sort.totalValue')).toBe(true)
    expect(isSelected({ only: ['list.sort'] }, 'list.open')).toBe(false)
  })
})
