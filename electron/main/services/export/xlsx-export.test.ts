import './warsaw-time.test-support'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatch } from '../../ipc/dispatch'
import { createHandlers } from '../create-handlers'
import { createTestPorts } from '../../../../tests/host/test-ports'
import { excelSerialToFields, fodsTables, libreOfficeToFods, readXlsx, type ReadCell } from '../../../../tests/support/spreadsheet-reader'
import { readFile as importFile } from '../import/import-files.test-support'
import { beginInput, customerColumns, customerRow, sampleCustomers } from './export-fixtures.test-support'
import { createExportHandlers } from './export-handlers'
import type { ExportServiceOptions } from './export-service'


let folder: string
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'regulars-export-'))))
afterEach(() => rmSync(folder, { recursive: true, force: true }))

function exporter(target: string | null, options?: ExportServiceOptions, now = new Date(2026, 2, 5, 14, 30)) {
  const { ports, dialogCalls } = createTestPorts({ dataDir: folder, answers: { savePath: target }, locale: 'pl-PL', now: () => now })
  const dispatch = createDispatch({ ...createHandlers(ports), ...createExportHandlers(ports, options) })
  async function call<T>(channel: string, input: unknown): Promise<T> {
    const answer = await dispatch(channel, input)
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code })
    return answer.data as T
  }
  return { call, dispatch, dialogCalls }
}

const wallClock = (ms: number) => {
  const d = new Date(ms)
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate(), H: d.getHours(), M: d.getMinutes() }
}

describe('export to .xlsx, read back with SheetJS', () => {
  it('writes a real spreadsheet: translated frozen header with a filter, typed cells, no formula anywhere', async () => {
    const target = join(folder, 'usb', 'klienci.xlsx')
    rmSync(join(folder, 'usb'), { recursive: true, force: true })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(folder, 'usb'))
    const { call, dialogCalls } = exporter(target)

    const started = await call<{ exportId: string; fileName: string }>('export:begin', beginInput())
    expect(started.fileName).toBe('klienci.xlsx')
    expect(dialogCalls[0].options).toEqual({ defaultName: 'klienci-2026-03-05_14-30-00.xlsx', filters: [{ name: 'Skoroszyt programu Excel', extensions: ['xlsx'] }] })
    // Nothing appears under the real name before the export is complete.
    await call('export:rows', { exportId: started.exportId, sheet: 'customers', rows: sampleCustomers.slice(0, 4).map(customerRow) })
    expect(readdirSync(join(folder, 'usb'))).not.toContain('klienci.xlsx')
    await call('export:rows', { exportId: started.exportId, sheet: 'customers', rows: sampleCustomers.slice(4).map(customerRow) })
    const finished = await call<{ fileName: string; rows: number; bytes: number }>('export:finish', { exportId: started.exportId })
    expect(finished).toMatchObject({ fileName: 'klienci.xlsx', rows: sampleCustomers.length })
    expect(finished.bytes).toBe(statSync(target).size)
    expect(readdirSync(join(folder, 'usb'))).toEqual(['klienci.xlsx'])

    const book = readXlsx(target)
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Klienci'])
    expect(book.props).toMatchObject({ Title: 'Klienci — eksport', Author: 'Regulars', LastAuthor: 'Regulars' })
    expect(new Date(book.props['CreatedDate'] as string).getTime()).toBe(new Date(2026, 2, 5, 14, 30).getTime())
    const sheet = book.sheets[0]
    expect(sheet.rows[0].map((cell) => cell?.v)).toEqual(customerColumns.map((column) => column.header))
    expect(sheet.rows).toHaveLength(1 + sampleCustomers.length)
    expect(sheet.xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/)
    expect(sheet.autofilter).toBe(`A1:L${1 + sampleCustomers.length}`)

    // No cell of the file is a formula, whatever its text.
    for (const row of sheet.rows) for (const cell of row) expect(cell?.f).toBeUndefined()
    expect(sheet.xml).not.toContain('<f>')

    const column = (key: string) => customerColumns.findIndex((c) => c.key === key)
    sampleCustomers.forEach((customer, index) => {
      const row = sheet.rows[index + 1]
      const cell = (key: string): ReadCell | null => row[column(key)] ?? null
      // Unicode names in all six languages, exactly.
      expect(cell('name')).toMatchObject({ t: 's', v: customer.name })
      // Instants are Excel dates showing the local wall-clock time.
      expect(cell('createdAt')?.t).toBe('n')
      expect(cell('createdAt')?.z).toBe('dd\\.mm\\.yyyy\\, hh:mm')
      expect(excelSerialToFields(cell('createdAt')!.v as number)).toEqual(wallClock(customer.createdAt))
      // A calendar date is that day at midnight; no date stays empty.
      if (customer.consentEmailAt === 0) expect(cell('consentEmailAt')).toBeNull()
      else {
        expect(cell('consentEmailAt')?.z).toBe('dd\\.mm\\.yyyy')
        expect(excelSerialToFields(cell('consentEmailAt')!.v as number)).toEqual({ ...wallClock(customer.consentEmailAt), H: 0, M: 0 })
      }
      if (customer.lastOrderAt === 0) expect(cell('lastOrderAt')).toBeNull()
      // Counts are numbers, money is a number in złoty with the store currency's format.
      expect(cell('orderCount')).toMatchObject({ t: 'n', v: customer.orderCount })
      if (customer.totalValue === null) expect(cell('totalValue')).toBeNull()
      else expect(cell('totalValue')).toMatchObject({ t: 'n', v: customer.totalValue / 100, z: '#,##0.00 [$zł-415]' })
      expect(cell('discount')).toMatchObject({ t: 'n', v: customer.discount / 100, z: '0%' })
      expect(cell('blocked')).toMatchObject({ t: 's', v: customer.blocked ? 'Tak' : 'Nie' })
      expect(cell('consentEmail')).toMatchObject({ t: 's', v: customer.consentEmail ? 'Tak' : 'Nie' })
      // Empty values are empty cells, not "null" or 0.
      if (customer.phone === null) expect(cell('phone')).toBeNull()
      else expect(cell('phone')).toMatchObject({ t: 's', v: customer.phone })
      if (customer.notes === '') expect(cell('notes')).toBeNull()
      else expect(cell('notes')).toMatchObject({ t: 's', v: customer.notes })
    })

    // Columns are as wide as their content (within reason), never Excel's narrow default.
    const widths = sheet.cols.map((col) => col?.wch ?? col?.width ?? 0)
    expect(widths[column('name')]).toBeGreaterThanOrEqual('Олександра Ґудзь-Їжакевич'.length)
    expect(widths[column('createdAt')]).toBeGreaterThanOrEqual('05.03.2026, 14:30'.length)
    for (const width of widths) expect(width).toBeLessThanOrEqual(50)
  })

  it('adds the orders on their own sheets, split into parts past the row limit, in order', async () => {
    const target = join(folder, 'klienci-zamowienia.xlsx')
    const { call } = exporter(target, { maxRowsPerSheet: 5 })
    const orderColumns = [
      { key: 'customer', header: 'Klient', type: 'text' as const },
      { key: 'at', header: 'Data', type: 'datetime' as const },
      { key: 'value', header: 'Wartość', type: 'money' as const, currency: 'EUR' }
    ]
    const input = beginInput({
      sheets: [
        { key: 'customers', name: 'Klienci', columns: customerColumns },
        { key: 'orders', name: 'Zamówienia', columns: orderColumns }
      ]
    })
    const { exportId } = await call<{ exportId: string }>('export:begin', input)
    await call('export:rows', { exportId, sheet: 'customers', rows: sampleCustomers.slice(0, 3).map(customerRow) })
    const orders = Array.from({ length: 11 }, (_, i) => [`Klient ${i + 1}`, new Date(2026, 0, i + 1, 10).getTime(), 1000 + i])
    await call('export:rows', { exportId, sheet: 'orders', rows: orders.slice(0, 6) })
    await call('export:rows', { exportId, sheet: 'orders', rows: orders.slice(6) })
    // Going back to a finished sheet is refused (and ends the export).
    const finished = await call<{ sheetRows: Record<string, number> }>('export:finish', { exportId })
    expect(finished.sheetRows).toEqual({ customers: 3, orders: 11 })

    const book = readXlsx(target)
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Klienci', 'Zamówienia', 'Zamówienia (2)', 'Zamówienia (3)'])
    const orderSheets = book.sheets.slice(1)
    // Every part has the header, then at most 4 data rows (5 with the header).
    for (const sheet of orderSheets) expect(sheet.rows[0].map((cell) => cell?.v)).toEqual(['Klient', 'Data', 'Wartość'])
    const names = orderSheets.flatMap((sheet) => sheet.rows.slice(1).map((row) => row[0]?.v))
    expect(names).toEqual(orders.map((order) => order[0]))
    expect(orderSheets.map((sheet) => sheet.rows.length)).toEqual([5, 5, 4])
    expect(orderSheets[0].rows[1][2]).toMatchObject({ t: 'n', v: 10, z: '#,##0.00 [$€-415]' })
  })

  it('streams: the file on the stick grows while rows arrive, instead of the sheet piling up in memory', async () => {
    const target = join(folder, 'duzy.xlsx')
    const { call } = exporter(target)
    const { exportId } = await call<{ exportId: string }>('export:begin', beginInput())
    const tempSize = () => readdirSync(folder).filter((name) => name.endsWith('.regulars-tmp')).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)
    const sizes: number[] = []
    for (let chunk = 0; chunk < 8; chunk++) {
      const rows = Array.from({ length: 2000 }, (_, i) => customerRow({ ...sampleCustomers[i % sampleCustomers.length], notes: `${chunk}-${i} ${Math.random()} ${'notatka '.repeat(20)}` }))
      await call('export:rows', { exportId, sheet: 'customers', rows })
      sizes.push(tempSize())
    }
    await call('export:finish', { exportId })
    // Most of the data is on disk before the end (a buffering writer leaves the file empty until finish).
    expect(sizes[sizes.length - 1]).toBeGreaterThan(statSync(target).size * 0.6)
    expect(sizes.every((size, i) => i === 0 || size >= sizes[i - 1])).toBe(true)
  })

  it('writes a header-only sheet when there is nothing to export', async () => {
    const target = join(folder, 'pusty.xlsx')
    const { call } = exporter(target)
    const { exportId } = await call<{ exportId: string }>('export:begin', beginInput())
    await expect(call('export:finish', { exportId })).resolves.toMatchObject({ rows: 0 })
    const sheet = readXlsx(target).sheets[0]
    expect(sheet.rows).toHaveLength(1)
    expect(sheet.rows[0][0]?.v).toBe('Utworzono')
  })
})

describe('export to .xlsx, opened in LibreOffice', () => {
  it('keeps =HYPERLINK, @SUM, +, - and tab/CR/LF starts as plain text, with dates and money typed', async () => {
    const target = join(folder, 'klienci.xlsx')
    const { call } = exporter(target)
    const { exportId } = await call<{ exportId: string }>('export:begin', beginInput())
    await call('export:rows', { exportId, sheet: 'customers', rows: sampleCustomers.map(customerRow) })
    await call('export:finish', { exportId })

    const [table] = fodsTables(libreOfficeToFods(target))
    const column = (key: string) => customerColumns.findIndex((c) => c.key === key)
    for (const row of table.rows) for (const cell of row) expect(cell?.formula, JSON.stringify(cell)).toBeUndefined()
    sampleCustomers.forEach((customer, index) => {
      const row = table.rows[index + 1]
      expect(row[column('name')]).toMatchObject({ type: 'string', value: customer.name })
      if (customer.notes) expect(row[column('notes')]).toMatchObject({ type: 'string', value: customer.notes.replace(/\r\n/g, '\n') })
      if (customer.phone) expect(row[column('phone')]).toMatchObject({ type: 'string', value: customer.phone })
      const created = new Date(customer.createdAt)
      const pad = (n: number) => String(n).padStart(2, '0')
      expect(row[column('createdAt')]).toMatchObject({
        type: 'date',
        value: `${created.getFullYear()}-${pad(created.getMonth() + 1)}-${pad(created.getDate())}T${pad(created.getHours())}:${pad(created.getMinutes())}:00`
      })
      // LibreOffice recognises the money format as currency, in złoty.
      if (customer.totalValue) expect(row[column('totalValue')]).toMatchObject({ type: 'currency', value: String(customer.totalValue / 100) })
      expect(table.rows[1][column('totalValue')]).toMatchObject({ currency: 'PLN' })
    })
  }, 120_000)
})

describe('text with control characters, read back by other programs', () => {
  // XML turns a raw CR into LF and cannot carry most other C0 controls at all; a literal
  // "_x000D_" must not turn into a CR on the way back (ECMA-376 ST_Xstring).
  const texts = ['\r=2+2', 'a\r\nb', '\rstarts and ends\r', '\u0001bell\u0007', 'nul\u0000inside', 'literal _x000D_ typed', '_x005F_', 'x\ud800y', ' lead', 'tab\tin', 'line\nfeed']
  // What LibreOffice 7 itself cannot hold in a cell: control characters and lone surrogates (it drops them) and
  // a CR before LF (one line break); everything else must come back exactly.
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  const libreOfficeKeeps = (text: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]|\r\n/.test(text)
  const columns = [{ key: 'text', header: 'Tekst', type: 'text' as const }]

  async function exported(): Promise<string> {
    const target = join(folder, 'sterujace.xlsx')
    const { call } = exporter(target)
    const { exportId } = await call<{ exportId: string }>('export:begin', beginInput({ sheets: [{ key: 'customers', name: 'Klienci', columns }] }))
    await call('export:rows', { exportId, sheet: 'customers', rows: texts.map((text) => [text]) })
    await call('export:finish', { exportId })
    return target
  }

  it('come back exactly in SheetJS, exceljs and the app\'s own import', async () => {
    const target = await exported()
    expect(readXlsx(target).sheets[0].rows.slice(1).map((row) => row[0]?.v)).toEqual(texts)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(target)
    const read: unknown[] = []
    workbook.worksheets[0].eachRow((row, number) => {
      const value = row.getCell(1).value as ExcelJS.CellRichTextValue | string
      if (number > 1) read.push(typeof value === 'string' ? value : value.richText.map((run) => run.text).join(''))
    })
    expect(read).toEqual(texts)
    const { summary, rows } = await importFile(target)
    expect(summary.headers).toEqual(['Tekst'])
    expect(rows.map((row) => row.cells[0])).toEqual(texts)
  })

  it('come back in LibreOffice as far as it can hold them: a leading CR stays a CR', async () => {
    const [table] = fodsTables(libreOfficeToFods(await exported()))
    texts.forEach((text, index) => {
      const cell = table.rows[index + 1][0]
      expect(cell?.type).toBe('string')
      if (libreOfficeKeeps(text)) expect(cell?.value, JSON.stringify(text)).toBe(text)
    })
    expect(table.rows[1][0]?.value).toBe('\r=2+2')
  }, 120_000)

  it('keeps formula starts hidden behind whitespace or in fullwidth forms as plain text cells', async () => {
    const hidden = [' =1+1', '\t=1+1', '＝1+1', '|cmd', '@SUM(1;2)', '\r=1+1']
    const target = join(folder, 'ukryte.xlsx')
    const { call } = exporter(target)
    const { exportId } = await call<{ exportId: string }>('export:begin', beginInput({ sheets: [{ key: 'customers', name: 'Klienci', columns }] }))
    await call('export:rows', { exportId, sheet: 'customers', rows: hidden.map((text) => [text]) })
    await call('export:finish', { exportId })
    const sheet = readXlsx(target).sheets[0]
    expect(sheet.xml).not.toContain('<f>')
    expect(sheet.rows.slice(1).map((row) => row[0])).toEqual(hidden.map((text) => expect.objectContaining({ t: 's', v: text })))
    const [table] = fodsTables(libreOfficeToFods(target))
    for (const row of table.rows) for (const cell of row) expect(cell?.formula, JSON.stringify(cell)).toBeUndefined()
  }, 120_000)
})
