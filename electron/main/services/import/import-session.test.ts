import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { allRows, fixture, readFile, serviceFor, tempFolder, waitUntilRead } from './import-files.test-support'

describe('choices after opening a file', () => {
  it('reads another sheet of the workbook', async () => {
    const { service, summary } = await readFile(fixture('salon-dates-phones.xlsx'))
    service.reparse({ sessionId: summary.sessionId, sheet: 'Archiwum' })
    const archive = await waitUntilRead(service, summary.sessionId)
    expect(archive).toMatchObject({ sheet: 'Archiwum', headers: ['Name', 'Phone'], rowCount: 1, headerLine: 1 })
    expect(allRows(service, summary.sessionId, 1)[0].cells).toEqual(['Stary Klient', 48700800900])
    expect(() => service.reparse({ sessionId: summary.sessionId, sheet: 'Nope' })).not.toThrow()
    await expect(waitUntilRead(service, summary.sessionId)).rejects.toMatchObject({ code: 'import.sheet-not-found' })
  })

  it('reads a CSV again in the encoding and with the separator the user picks', async () => {
    const { service, summary } = await readFile(fixture('salon-pl-windows1250.csv'))
    service.reparse({ sessionId: summary.sessionId, encoding: 'windows-1252' })
    const western = await waitUntilRead(service, summary.sessionId)
    expect(western).toMatchObject({ encoding: 'windows-1252', encodingGuessed: false })
    expect(western.headers[0]).toBe('Imiê') // what a Western PC would show: the user sees it is wrong
    service.reparse({ sessionId: summary.sessionId, encoding: 'windows-1250', delimiter: ',' })
    const commas = await waitUntilRead(service, summary.sessionId)
    expect(commas.delimiter).toBe(',')
    expect(commas.headers[0]).toContain('";"') // one glued column: the user sees the separator is wrong
  })

  it('takes another row as the header row, or none', async () => {
    const { service, summary } = await readFile(fixture('salon-dates-phones.xlsx'))
    expect(summary.topRows.map((row) => row.line)).toEqual([1, 3, 4, 5, 7, 8])
    const fromRow4 = service.reparse({ sessionId: summary.sessionId, headerLine: 4 })
    expect(fromRow4).toMatchObject({ state: 'ready', file: { headerLine: 4, rowCount: 4 } })
    const none = service.reparse({ sessionId: summary.sessionId, headerLine: 0 })
    expect(none).toMatchObject({ state: 'ready', file: { headerLine: 0, rowCount: 8, headers: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] } })
    expect(service.rows({ sessionId: summary.sessionId, from: 0, count: 1 }).rows[0].line).toBe(1)
  })

  it('sees a file without a header row as all data', async () => {
    const folder = tempFolder()
    try {
      const path = join(folder.path, 'no-headers.csv')
      writeFileSync(path, 'Anna;Nowak;601234567;anna@example.pl\nEwa;Kot;602345678;ewa@example.pl\n')
      const { summary, rows } = await readFile(path)
      expect(summary).toMatchObject({ headerLine: 0, headers: ['A', 'B', 'C', 'D'], rowCount: 2 })
      expect(rows[0].cells[0]).toBe('Anna')
    } finally {
      folder.remove()
    }
  })

  it('reads a file that looked like UTF-8 at the start and is Windows-1250 further down', async () => {
    const folder = tempFolder()
    try {
      const path = join(folder.path, 'late-accents.csv')
      const ascii = Buffer.from('Imie;Nazwisko\r\n' + 'Jan;Kowalski\r\n'.repeat(90_000))
      const polish = Buffer.from([0x9c, 0x6c, 0x75, 0x73, 0x61, 0x72, 0x63, 0x7a, 0x79, 0x6b, 0x3b, 0xa3, 0x75, 0x63, 0x6a, 0x61, 0x0d, 0x0a]) // "ślusarczyk;Łucja"
      writeFileSync(path, Buffer.concat([ascii, polish]))
      const { summary, rows } = await readFile(path)
      expect(summary).toMatchObject({ encoding: 'windows-1250', encodingGuessed: true, rowCount: 90_001 })
      expect(rows.at(-1)!.cells).toEqual(['ślusarczyk', 'Łucja'])
    } finally {
      folder.remove()
    }
  })
})

describe('reading in the background', () => {
  let folder: ReturnType<typeof tempFolder>
  let big: string
  beforeEach(async () => {
    folder = tempFolder()
    big = join(folder.path, 'big.xlsx')
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: true })
    const sheet = workbook.addWorksheet('Klienci')
    sheet.addRow(['Imię', 'Nazwisko', 'Telefon', 'E-mail']).commit()
    for (let i = 0; i < 60_000; i++) sheet.addRow([`Imię ${i}`, `Nazwisko ${i}`, 600_000_000 + i, `k${i}@example.pl`]).commit()
    sheet.commit()
    await workbook.commit()
  })
  afterEach(() => folder.remove())

  it('reports growing progress while it reads, and all rows at the end', async () => {
    const { service } = serviceFor(big)
    const { sessionId } = await service.open()
    const seen: number[] = []
    for (;;) {
      const status = service.status(sessionId!)
      if (status.state === 'ready') {
        expect(status.file.rowCount).toBe(60_000)
        break
      }
      seen.push(status.progress)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    expect(seen.length).toBeGreaterThan(3)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
    expect(seen.some((value) => value > 0 && value < 1)).toBe(true)
    expect(service.rows({ sessionId: sessionId!, from: 59_999, count: 10 }).rows[0].cells).toEqual(['Imię 59999', 'Nazwisko 59999', 600_059_999, 'k59999@example.pl'])
  })

  it('stops reading when closed, and the closed session answers no more', async () => {
    const { service } = serviceFor(big)
    const { sessionId } = await service.open()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(service.status(sessionId!).state).toBe('reading')
    expect(service.close(sessionId!)).toEqual({ closed: true })
    expect(() => service.status(sessionId!)).toThrow(expect.objectContaining({ code: 'import.session-expired' }))
    expect(() => service.rows({ sessionId: sessionId!, from: 0, count: 1 })).toThrow(expect.objectContaining({ code: 'import.session-expired' }))
  })

  it('answers a cancelled dialog with no session', async () => {
    const { service, dialogCalls } = serviceFor(null)
    expect(await service.open()).toEqual({ sessionId: null, fileName: '' })
    expect(dialogCalls[0].options.filters?.[0].extensions).toEqual(['xlsx', 'csv', 'txt'])
  })
})
