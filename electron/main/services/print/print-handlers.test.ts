import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatch } from '../../ipc/dispatch'
import { createHandlers } from '../create-handlers'
import { createTestPorts } from '../../../../tests/host/test-ports'
import type { PrintingPorts } from '../ports'
import { countPdfPages } from './pdf-file'

/** A minimal two-page PDF as Chromium writes them: page objects in plain text. */
const twoPagePdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n2 0 obj << /Type /Page /Parent 1 0 R >> endobj\n3 0 obj << /Type/Page /Parent 1 0 R >> endobj\n%%EOF\n', 'latin1')

let folder: string
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'regulars-print-'))))
afterEach(() => rmSync(folder, { recursive: true, force: true }))

function printer(target: string | null, printing: PrintingPorts) {
  const { ports, dialogCalls } = createTestPorts({ dataDir: folder, answers: { savePath: target }, now: () => new Date(2026, 2, 5, 10), printing })
  return { dispatch: createDispatch(createHandlers(ports), () => undefined), dialogCalls }
}

describe('PDF files', () => {
  it('counts pages, not the page tree', () => {
    expect(countPdfPages(twoPagePdf)).toBe(2)
  })

  it('saves the window as a PDF where the user chose, complete or not at all', async () => {
    const target = join(folder, 'karta')
    const { dispatch, dialogCalls } = printer(target, { printToPdf: async () => twoPagePdf, print: async () => true })
    const answer = await dispatch('print:pdf', { fileName: { base: 'karta klienta', subject: 'Anna Nowak' }, fileTypeName: 'Dokument PDF' })
    expect(answer).toEqual({ ok: true, data: { fileName: 'karta.pdf', pages: 2, bytes: twoPagePdf.length } })
    expect(dialogCalls[0].options).toEqual({ defaultName: 'karta-klienta-anna-nowak-2026-03-05_10-00-00.pdf', filters: [{ name: 'Dokument PDF', extensions: ['pdf'] }] })
    expect(readFileSync(join(folder, 'karta.pdf'))).toEqual(twoPagePdf)
    expect(readdirSync(folder)).toEqual(['karta.pdf'])
  })

  it('answers null when the save dialog is cancelled, and never renders', async () => {
    let rendered = 0
    const { dispatch } = printer(null, { printToPdf: async () => (rendered++, twoPagePdf), print: async () => true })
    await expect(dispatch('print:pdf', { fileName: { base: 'klienci' }, fileTypeName: 'PDF' })).resolves.toEqual({ ok: true, data: null })
    expect(rendered).toBe(0)
  })

  it('says the stick is gone when its folder disappeared, leaving nothing', async () => {
    const { dispatch } = printer(join(folder, 'USB', 'lista.pdf'), { printToPdf: async () => twoPagePdf, print: async () => true })
    await expect(dispatch('print:pdf', { fileName: { base: 'klienci' }, fileTypeName: 'PDF' })).resolves.toMatchObject({ ok: false, error: { code: 'export.target-gone' } })
    expect(readdirSync(folder)).toEqual([])
  })

  it('reports a failed rendering or printer with a translated code', async () => {
    const broken: PrintingPorts = { printToPdf: async () => Promise.reject(new Error('GPU lost')), print: async () => Promise.reject(new Error('no printer')) }
    const { dispatch } = printer(join(folder, 'x.pdf'), broken)
    await expect(dispatch('print:pdf', { fileName: { base: 'klienci' }, fileTypeName: 'PDF' })).resolves.toMatchObject({ ok: false, error: { code: 'print.failed' } })
    await expect(dispatch('print:printer', {})).resolves.toMatchObject({ ok: false, error: { code: 'print.failed' } })
    const { dispatch: cancelled } = printer(null, { printToPdf: async () => twoPagePdf, print: async () => false })
    await expect(cancelled('print:printer', { landscape: true })).resolves.toEqual({ ok: true, data: { printed: false } })
  })
})
