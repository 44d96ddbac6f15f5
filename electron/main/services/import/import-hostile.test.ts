import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdirSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { once } from 'node:events'
import { importLimits } from '@shared/import/limits'
import { SharedImportBudget } from './import-budget'
import { createImportService } from './import-service'
import { createTestPorts } from '../../../../tests/host/test-ports'
import { codeOf, measured, sheetXml, workbookWith, workbookXml, type Measured } from './hostile-files.test-support'
import { readFile, serviceFor, tempFolder, waitUntilRead } from './import-files.test-support'

/**
 * Files made to hurt main: each must end in a clear error (a code the renderer translates)
 * quickly and in little memory. The bounds are loose on purpose, ten times what these 2-core
 * machines measure, so only a return of the old behaviour (minutes, gigabytes) fails them.
 * HOSTILE_FIGURES=1 prints what each case measured.
 */

let folder: ReturnType<typeof tempFolder>
beforeAll(() => {
  folder = tempFolder()
})
afterAll(() => folder.remove())
const path = (name: string) => join(folder.path, name)

function expectBounded(label: string, outcome: Measured<unknown>, code: string, bounds: { ms: number; mb: number }): void {
  if (process.env['HOSTILE_FIGURES']) console.log(`${label}: ${codeOf(outcome)} in ${outcome.ms.toFixed(0)} ms, peak +${outcome.peakMb.toFixed(0)} MB`)
  expect(codeOf(outcome), label).toBe(code)
  expect(outcome.ms, `${label}: ms`).toBeLessThan(bounds.ms)
  expect(outcome.peakMb, `${label}: MB`).toBeLessThan(bounds.mb)
}

/** Writes a big text file in pieces, so the test itself does not hold it as one string. */
async function writeLines(file: string, header: string, line: (index: number) => string, count: number): Promise<string> {
  const out = createWriteStream(file)
  out.write(header)
  let chunk = ''
  for (let index = 0; index < count; index++) {
    chunk += line(index)
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  out.end(chunk)
  await once(out, 'close')
  return file
}

const sheetEntry = (attributes: string) => `<sheet sheetId="1" r:id="rId2" ${attributes}/>`
const megabyte = 'a'.repeat(1_000_000)

describe('an .xlsx whose workbook part carries a 1 MB attribute (a regular expression took 47 s over 100 kB)', () => {
  it('reads past a long attribute it does not need', async () => {
    const file = await workbookWith(path('junk-attribute.xlsx'), { 'xl/workbook.xml': workbookXml(sheetEntry(`name="Klienci" junk="${megabyte}"`)) })
    expectBounded('1 MB junk attribute', await measured(() => readFile(file)), 'read', { ms: 2_000, mb: 300 })
  })

  it('refuses a sheet name longer than any program writes, and malformed attributes, as a damaged file', async () => {
    const shapes = {
      'a 1 MB sheet name': sheetEntry(`name="${megabyte}"`),
      'a 1 MB value opened with one quote and closed with the other': sheetEntry(`name="Klienci" x='${megabyte}"`),
      'a 1 MB word where an attribute should be': sheetEntry(`name="Klienci" ${megabyte}`),
      'a million "<sheet" with no end': '<sheet'.repeat(170_000)
    }
    for (const [label, sheets] of Object.entries(shapes)) {
      const file = await workbookWith(path('bad-attribute.xlsx'), { 'xl/workbook.xml': workbookXml(sheets) })
      expectBounded(label, await measured(() => readFile(file)), 'import.damaged-file', { ms: 2_000, mb: 300 })
    }
  })

  it('refuses a character reference to no character, a character no sheet name has, and more sheets than a workbook has', async () => {
    for (const reference of ['&#x110000;', '&#99999999999;', '&#x1;']) {
      const file = await workbookWith(path('bad-name.xlsx'), { 'xl/workbook.xml': workbookXml(sheetEntry(`name="Klienci${reference}"`)) })
      expectBounded(`sheet name with ${reference}`, await measured(() => readFile(file)), 'import.damaged-file', { ms: 1_000, mb: 200 })
    }
    // Characters XML allows but no spreadsheet program puts in a sheet name: a tab, a C1 control, bytes that are not UTF-8.
    for (const reference of ['&#x9;', '&#x85;', '\u0000\u0000']) {
      const xml = Buffer.from(workbookXml(sheetEntry(`name="Klienci${reference}"`)))
      if (reference.startsWith('\u0000')) xml.fill(0xff, xml.indexOf(0), xml.indexOf(0) + 2)
      const file = await workbookWith(path('bad-char.xlsx'), { 'xl/workbook.xml': xml })
      expectBounded(`sheet name with ${JSON.stringify(reference)}`, await measured(() => readFile(file)), 'import.damaged-file', { ms: 1_000, mb: 200 })
    }
    const many = Array.from({ length: importLimits.maxSheets + 1 }, (_, index) => `<sheet name="S${index}" sheetId="${index + 1}" r:id="rId2"/>`).join('')
    const file = await workbookWith(path('many-sheets.xlsx'), { 'xl/workbook.xml': workbookXml(many) })
    expectBounded('1 001 sheets', await measured(() => readFile(file)), 'import.damaged-file', { ms: 1_000, mb: 200 })
  })
})

describe('an .xlsx hiding a giant run from the text guard', () => {
  const giant = '<x'.repeat(25_000_000)

  it('refuses a 50 MB CDATA section full of "<" as a giant cell, and a 50 MB comment as damage', async () => {
    const cdata = await workbookWith(path('cdata.xlsx'), {
      'xl/worksheets/sheet1.xml': sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[${giant}]]></t></is></c></row>`)
    })
    expectBounded('50 MB CDATA', await measured(() => readFile(cdata)), 'import.cell-too-large', { ms: 3_000, mb: 300 })
    const comment = await workbookWith(path('comment.xlsx'), { 'xl/worksheets/sheet1.xml': sheetXml(`<!--${giant}--><row r="1"><c r="A1"><v>1</v></c></row>`) })
    expectBounded('50 MB comment', await measured(() => readFile(comment)), 'import.damaged-file', { ms: 3_000, mb: 300 })
  }, 60_000)

  it('reads text a cell carries as CDATA like any other text', async () => {
    const file = await workbookWith(path('cdata-cell.xlsx'), {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Imię</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[Anna <VIP>]]></t></is></c></row>'
      )
    })
    const { rows } = await readFile(file)
    expect(rows[0].cells[0]).toBe('Anna <VIP>')
  })

  it('refuses a document type declaration (entities that expand a few bytes into gigabytes)', async () => {
    const laughs = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    const file = await workbookWith(path('doctype.xlsx'), { 'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>').replace('?>', `?>${laughs}`) })
    expectBounded('DOCTYPE', await measured(() => readFile(file)), 'import.damaged-file', { ms: 1_000, mb: 200 })
  })
})

describe('a CSV past the row and column limits', () => {
  it('refuses one row more than the limit as too many rows (it came back as an internal error)', async () => {
    const file = await writeLines(path('rows.csv'), 'Imię\r\n', (index) => `a${index % 10}\r\n`, importLimits.maxRows + 1)
    expectBounded('1 048 577 rows', await measured(() => readFile(file)), 'import.too-many-rows', { ms: 40_000, mb: 2_500 })
  }, 120_000)

  it('refuses a line of 50 million separators early, as too many columns', async () => {
    const file = path('separators.csv')
    writeFileSync(file, `Imię;Nazwisko\r\nAnna${';'.repeat(50_000_000)}x\r\n`)
    expectBounded('50 M separators on a line', await measured(() => readFile(file)), 'import.too-many-columns', { ms: 3_000, mb: 300 })
  }, 60_000)

  it('refuses one record grown over many lines by quoted line breaks and separators', async () => {
    const file = await writeLines(path('record.csv'), 'Imię;Nazwisko\r\nAnna;"', () => `x\n";${';'.repeat(1000)}"`, 20_000)
    expectBounded('a record of 20 M fields over lines', await measured(() => readFile(file)), 'import.too-many-columns', { ms: 3_000, mb: 300 })
  }, 60_000)
})

describe('what is not a file', () => {
  it('refuses a folder at once (it came back as an internal EISDIR)', async () => {
    const dir = path('Klienci.csv')
    mkdirSync(dir)
    expectBounded('a folder', await measured(() => readFile(dir)), 'import.not-a-file', { ms: 1_000, mb: 100 })
  })

  it.skipIf(process.platform === 'win32')('refuses a named pipe instead of waiting for a writer forever', async () => {
    const pipe = path('pipe.csv')
    execFileSync('mkfifo', [pipe])
    expectBounded('a named pipe', await measured(() => readFile(pipe)), 'import.not-a-file', { ms: 1_000, mb: 100 })
  })
})

describe('a file that changes while it is read (it imported 209 445 of 1 040 000 rows without a word)', () => {
  const rows = 600_000
  const bigCsv = (name: string) => writeLines(path(name), 'Imię;Nazwisko;Telefon\r\n', (index) => `Anna${index};Nowak;${600_000_000 + index}\r\n`, rows)

  async function changedWhileRead(file: string, change: () => void): Promise<Measured<unknown>> {
    const { service } = serviceFor(file)
    const { sessionId } = await service.open()
    for (;;) {
      const status = service.status(sessionId!)
      if (status.state === 'reading' && status.progress > 0.05) break
      if (status.state === 'ready') throw new Error('Read before the change could happen: make the file bigger')
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    change()
    return measured(() => waitUntilRead(service, sessionId!))
  }

  it('refuses a CSV truncated mid-read', async () => {
    const file = await bigCsv('truncated.csv')
    expectBounded('CSV truncated', await changedWhileRead(file, () => truncateSync(file, 1_000_000)), 'import.file-changed', { ms: 30_000, mb: 2_000 })
  }, 60_000)

  it('refuses a CSV written to mid-read, even at the same size', async () => {
    const file = await bigCsv('rewritten.csv')
    const touch = () => utimesSync(file, new Date(), new Date(Date.now() + 60_000))
    expectBounded('CSV rewritten', await changedWhileRead(file, touch), 'import.file-changed', { ms: 30_000, mb: 2_000 })
  }, 60_000)

  it('refuses an .xlsx truncated mid-read', async () => {
    const cells = Array.from({ length: 200_000 }, (_, index) => `<row r="${index + 2}"><c r="A${index + 2}" t="inlineStr"><is><t>Anna ${index}</t></is></c><c r="B${index + 2}"><v>${index}</v></c></row>`)
    const file = await workbookWith(path('truncated.xlsx'), {
      'xl/worksheets/sheet1.xml': sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>Imię</t></is></c></row>${cells.join('')}`)
    })
    expectBounded('.xlsx truncated', await changedWhileRead(file, () => truncateSync(file, 20_000)), 'import.file-changed', { ms: 30_000, mb: 2_000 })
  }, 60_000)
})

describe('several large files open for import at once', () => {
  it('keep no more together than one file may: the one past the shared budget is refused', async () => {
    // Scaled down (the real budget is one largest file, 200 M characters): 3 files of 120 000 characters each, a budget of 250 000.
    const files = await Promise.all([0, 1, 2].map((n) => writeLines(path(`many-${n}.csv`), 'Imię\r\n', (index) => `${'x'.repeat(10)}${index % 10}\r\n`, 10_000)))
    const { ports, answers } = createTestPorts({ dataDir: folder.path })
    const budget = new SharedImportBudget({ maxTotalChars: 250_000, maxRows: importLimits.maxRows })
    const service = createImportService(ports, { budget })
    const sessions: string[] = []
    for (const file of files) {
      answers.openPath = file
      sessions.push((await service.open()).sessionId!)
    }
    const outcomes = await Promise.all(sessions.map((id) => waitUntilRead(service, id).then(() => 'read', (error: { code: string }) => error.code)))
    expect(outcomes).toEqual(['read', 'read', 'import.other-imports-open'])
    expect(budget.chars).toBeLessThanOrEqual(250_000)
    // Closing one gives its share back: the refused file reads now.
    service.close(sessions[0])
    expect(service.reparse({ sessionId: sessions[2], encoding: 'utf-8' })).toMatchObject({ state: 'reading' })
    await expect(waitUntilRead(service, sessions[2])).resolves.toMatchObject({ rowCount: 10_000 })
  })
})
