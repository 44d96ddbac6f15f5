import { describe, expect, it } from 'vitest'
import { columnKeys } from '../views/customer-list/columns'
import { defaultLayout, parseLayout } from './list-layout'

describe('a stored list layout', () => {
  it('keeps the home store column that was stored under its earlier name', () => {
    const layout = parseLayout(JSON.stringify({ ...defaultLayout(), order: ['store', 'name'], visible: ['name', 'store'] }))
    expect(layout.visible).toEqual(['name', 'homeStore'])
    expect(layout.order.slice(0, 2)).toEqual(['homeStore', 'name'])
    expect([...layout.order].sort()).toEqual([...columnKeys].sort())
  })
})
