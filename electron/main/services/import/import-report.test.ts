import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as XLSX from 'xlsx'
import { serviceFor, tempFolder } from './import-files.test-support'

/** The import report, written by main and read back by another program's reader (SheetJS). */
describe('the import report file', () => {
  let folder: ReturnType<typeof tempFolder>
  beforeEach(() => {
    folder = tempFolder()
  })
  afterEach(() => folder.remove())

  const begin = {
    defaultName: 'import-report.xlsx',
    summary: [['Created', 2], ['Updated', 1], ['Skipped', 1], ['File', 'klienci.xlsx']] as [string, string | number][],
    columns: ['Row', 'Result', 'Name', 'Reason'],
    sheetNames: { summary: 'Summary', rows: 'Rows' }
  }

  it('holds the summary and every row, texts that look like formulas kept as text', async () => {
    const target = join(folder.path, 'raport')
    const ports = serviceFor(null)
    ports.answers.savePath = target
    const begun = await ports.service.reportBegin(begin)
    expect(begun.fileName).toBe('raport.xlsx')
    await ports.service.reportRows({ reportId: begun.reportId!, rows: [[2, 'Created', 'Anna Nowak', null], [3, 'Skipped', '=HYPERLINK("x")', 'No name, phone or e-mail']] })
    await ports.service.reportRows({ reportId: begun.reportId!, rows: [[5, 'Updated', 'Jan Kot', 'Phone added']] })
    expect(await ports.service.reportFinish(begun.reportId!)).toEqual({ fileName: 'raport.xlsx' })

    const book = XLSX.read(readFileSync(`${target}.xlsx`))
    expect(book.SheetNames).toEqual(['Summary', 'Rows'])
    expect(XLSX.utils.sheet_to_json(book.Sheets.Summary, { header: 1 })).toEqual([['Created', 2], ['Updated', 1], ['Skipped', 1], ['File', 'klienci.xlsx']])
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Rows, { header: 1 })
    expect(rows[0]).toEqual(['Row', 'Result', 'Name', 'Reason'])
    expect(rows[2]).toEqual([3, 'Skipped', '=HYPERLINK("x")', 'No name, phone or e-mail'])
    expect(book.Sheets.Rows.C3.f).toBeUndefined()
    expect(rows).toHaveLength(4)
  })

  it('leaves nothing behind when cancelled, and nothing when the dialog is cancelled', async () => {
    const ports = serviceFor(null)
    expect(await ports.service.reportBegin(begin)).toEqual({ reportId: null, fileName: '' })
    ports.answers.savePath = join(folder.path, 'report.xlsx')
    const begun = await ports.service.reportBegin(begin)
    await ports.service.reportRows({ reportId: begun.reportId!, rows: [[2, 'Created', 'Anna', null]] })
    expect(await ports.service.reportCancel(begun.reportId!)).toEqual({ cancelled: true })
    expect(readdirSync(folder.path)).toEqual([])
    expect(existsSync(join(folder.path, 'report.xlsx'))).toBe(false)
    await expect(ports.service.reportRows({ reportId: begun.reportId!, rows: [] })).rejects.toMatchObject({ code: 'import.report-expired' })
  })
})
