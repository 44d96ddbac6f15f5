import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { fixture, refusal, tempFolder } from './import-files.test-support'

/**
 * Broken input gets a clear reason (a code the renderer translates) and nothing is kept:
 * the session answers with the error instead of rows.
 */
describe('files an import refuses, each with its own reason', () => {
  let folder: ReturnType<typeof tempFolder>
  beforeEach(() => {
    folder = tempFolder()
  })
  afterEach(() => folder.remove())
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(folder.path, name)
    writeFileSync(path, content)
    return path
  }

  it('a 0-byte file', async () => {
    expect(await refusal(file('empty.csv', ''))).toMatchObject({ code: 'import.empty-file' })
  })

  it('a file with only empty lines and separators', async () => {
    expect(await refusal(file('blank.csv', '\r\n;;;\r\n  ;  \r\n\r\n'))).toMatchObject({ code: 'import.empty-file' })
  })

  it('a file with headers and no data', async () => {
    expect(await refusal(file('headers.csv', 'Imię;Nazwisko;Telefon\r\n;;\r\n'))).toMatchObject({ code: 'import.no-rows' })
  })

  it('a truncated .xlsx (a download cut short)', async () => {
    const whole = readFileSync(fixture('salon-dates-phones.xlsx'))
    for (const share of [0.3, 0.6, 0.95]) {
      expect(await refusal(file(`cut-${share}.xlsx`, whole.subarray(0, Math.floor(whole.length * share)))), String(share)).toMatchObject({
        code: 'import.damaged-file'
      })
    }
  })

  it('an .xlsx whose sheet data is corrupted inside an intact zip', async () => {
    const whole = Buffer.from(readFileSync(fixture('salon-dates-phones.xlsx')))
    // Flip bytes in the middle of the compressed parts: the zip directory still reads, the parts do not.
    for (let i = 1200; i < 1400; i++) whole[i] ^= 0x5a
    expect(await refusal(file('corrupt.xlsx', whole))).toMatchObject({ code: 'import.damaged-file' })
  })

  it('a zip that is not a workbook, an OpenDocument file, an old .xls and a web page saved as .xls', async () => {
    const renamed = join(folder.path, 'customers.xlsx')
    copyFileSync(fixture('not-a-workbook.zip'), renamed)
    expect(await refusal(renamed)).toMatchObject({ code: 'import.not-xlsx' })
    expect(await refusal(fixture('klienty-uk.ods'))).toMatchObject({ code: 'import.ods-not-supported' })
    expect(await refusal(fixture('klienty-uk.xls'))).toMatchObject({ code: 'import.xls-not-supported' })
    const html = file('export.xls', '<html><body><table><tr><td>Name</td></tr><tr><td>Anna</td></tr></table></body></html>')
    expect(await refusal(html)).toMatchObject({ code: 'import.html-not-supported' })
  })

  it('a CSV of binary junk', async () => {
    let seed = 12345
    const junk = new Uint8Array(200_000).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed >> 16
    })
    expect(await refusal(file('junk.csv', junk))).toMatchObject({ code: 'import.not-text' })
    // An image renamed to .csv, too.
    expect(await refusal(file('photo.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), junk.subarray(0, 5000)]))))
      .toMatchObject({ code: 'import.not-text' })
  })

  it('a CSV with a 50 MB cell', async () => {
    const path = join(folder.path, 'huge-cell.csv')
    writeFileSync(path, `Name;Notes\r\nAnna;"${'x'.repeat(50 * 1024 * 1024)}"\r\n`)
    expect(await refusal(path)).toMatchObject({ code: 'import.cell-too-large', details: { line: 2 } })
  })

  it('a CSV whose quote is never closed', async () => {
    expect(await refusal(file('quote.csv', 'Name;Notes\r\nAnna;"started\r\nBeata;x\r\n'))).toMatchObject({ code: 'import.unclosed-quote' })
  })

  it('an .xlsx with a 50 MB cell', async () => {
    const path = join(folder.path, 'huge-cell.xlsx')
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true })
    const sheet = workbook.addWorksheet('Klienci')
    sheet.addRow(['Name', 'Notes']).commit()
    sheet.addRow(['Anna', 'x'.repeat(50 * 1024 * 1024)]).commit()
    sheet.commit()
    await workbook.commit()
    expect(await refusal(path)).toMatchObject({ code: 'import.cell-too-large' })
  })

  it('a file that is no longer there when it is read', async () => {
    expect(await refusal(join(folder.path, 'gone.csv'))).toMatchObject({ code: 'import.unreadable' })
  })
})
