import { describe, expect, it } from 'vitest'
import { buildCustomerRow } from './build-customer'
import type { ImportCell, ImportRow } from './cell'
import type { ColumnTarget } from './fields'
import { isEmptyRow, summaryRowEvidence } from './summary-row'

const mapping: ColumnTarget[] = ['fullName', 'phone', 'email', 'consentSms', 'cardNumber']
const evidence = (cells: ImportCell[], totalFormula?: string) => {
  const row: ImportRow = { line: 9, cells, ...(totalFormula ? { totalFormula } : {}) }
  return summaryRowEvidence(row, buildCustomerRow(row, { mapping, headers: mapping, defaultCountry: 'PL', dayOrders: [], now: Date.now() }))
}

describe('a total line under a list', () => {
  it.each([['Razem', 25], ['Celkem:', '25'], ['Всього', 3], ['Общо', '1 234,50 zł'], ['Total', '60%'], ['Somme', 12], ['Итого', 7], ['Suma końcowa', 4]])(
    '%j beside figures is one',
    (word, figure) => {
      expect(evidence([word, null, null, figure])).toMatchObject({ kind: 'total-word' })
    }
  )

  it('a formula that sums up rows above it is one, whatever the name column says', () => {
    expect(evidence(['Razem', 3], 'COUNTA(A2:A5)')).toEqual({ kind: 'formula', quote: '=COUNTA(A2:A5)' })
  })

  it('figures alone where a customer would be are one', () => {
    expect(evidence([25, null, null, '60%'])).toMatchObject({ kind: 'figures', quote: '25 · 60%' })
    expect(evidence(['25'])).toMatchObject({ kind: 'figures' })
  })

  it('a customer is never one: a phone or an e-mail, a name, a lone card number', () => {
    expect(evidence(['Razem', '601 234 567'])).toBeNull()
    expect(evidence(['Total', null, 'total@example.com'])).toBeNull()
    expect(evidence(['Anna Suma', null, null, 'tak'])).toBeNull()
    expect(evidence([null, null, null, null, '00123'])).toBeNull()
  })

  it('an empty row is one with no value in any cell', () => {
    expect(isEmptyRow({ line: 4, cells: [] })).toBe(true)
    expect(isEmptyRow({ line: 4, cells: [null, '', '  '] })).toBe(true)
    expect(isEmptyRow({ line: 4, cells: [null, 0] })).toBe(false)
  })
})
