import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import * as XLSX from 'xlsx'

/**
 * Reads exported files back with readers other than the writer: SheetJS (a JavaScript
 * implementation) and LibreOffice (a real spreadsheet program, headless).
 */

export interface ReadCell {
  /** SheetJS type: s text, n number (dates are numbers with a date format), b boolean, e error. */
  t: string
  v: unknown
  /** Number format, when the cell has one. */
  z?: string
  /** The formula, if the reader found one: must never be set in our files. */
  f?: string
}

export interface ReadSheet {
  name: string
  /** Rows of cells, [0] the header; null where a cell is empty. */
  rows: Array<Array<ReadCell | null>>
  cols: Array<{ wch?: number; width?: number } | undefined>
  autofilter?: string
  xml: string
}

export interface ReadWorkbook {
  sheets: ReadSheet[]
  props: Record<string, unknown>
  files: Record<string, string>
}

export function readXlsx(path: string): ReadWorkbook {
  const book = XLSX.read(readFileSync(path), { cellFormula: true, cellNF: true, cellDates: false, cellStyles: true, bookFiles: true })
  const files = (book as unknown as { files: Record<string, { content?: Uint8Array; _data?: { getContent(): Uint8Array } }> }).files
  const fileText = (name: string): string => {
    const entry = files[name] ?? files[`/${name}`]
    if (!entry) return ''
    const content = entry.content ?? entry._data?.getContent()
    return content ? Buffer.from(content).toString('utf8') : ''
  }
  const sheets = book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name]
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1')
    const rows: ReadSheet['rows'] = []
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: Array<ReadCell | null> = []
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined
        row.push(cell ? { t: cell.t, v: cell.v, z: cell.z as string | undefined, f: cell.f } : null)
      }
      rows.push(row)
    }
    return {
      name,
      rows,
      cols: (sheet['!cols'] ?? []) as ReadSheet['cols'],
      autofilter: (sheet['!autofilter'] as { ref?: string } | undefined)?.ref,
      xml: fileText(`xl/worksheets/sheet${index + 1}.xml`)
    }
  })
  return { sheets, props: { ...(book.Props ?? {}) }, files: Object.fromEntries(Object.keys(files).map((name) => [name, ''])) }
}

/** The local wall-clock fields Excel shows for a date serial. */
export function excelSerialToFields(serial: number): { y: number; m: number; d: number; H: number; M: number } {
  const code = XLSX.SSF.parse_date_code(serial)
  return { y: code.y, m: code.m, d: code.d, H: code.H, M: code.M }
}

/** Parses RFC 4180 CSV text into rows of fields. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let field = ''
  let row: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === separator) {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

export const libreOfficePath = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path)) ?? null

/**
 * Opens a file in headless LibreOffice and saves it as a flat OpenDocument spreadsheet
 * (.fods, plain XML): what LibreOffice made of every cell — text, number, date, formula.
 */
export function libreOfficeToFods(file: string, infilter?: string): string {
  if (!libreOfficePath) throw new Error('LibreOffice is not installed (apt-get install libreoffice-calc-nogui)')
  const work = mkdtempSync(join(tmpdir(), 'regulars-lo-'))
  try {
    // A private profile: concurrent runs would otherwise fight over the user profile's lock.
    const args = [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore']
    if (infilter) args.push(`--infilter=${infilter}`)
    args.push('--convert-to', 'fods', '--outdir', work, file)
    execFileSync(libreOfficePath, args, { stdio: 'pipe', timeout: 120_000 })
    return readFileSync(join(work, basename(file).replace(/\.[^.]+$/, '.fods')), 'utf8')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export interface FodsCell {
  /** office:value-type: string, float, currency, percentage, date… */
  type: string
  /** The value LibreOffice stores (office:value, office:date-value, or the text). */
  value: string
  /** office:currency for currency cells. */
  currency?: string
  formula?: string
}

function decodeXml(text: string): string {
  return text
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_m, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The cells of a .fods table, row by row (repeated empty cells expanded, trailing ones dropped). */
export function fodsTables(fods: string): Array<{ name: string; rows: Array<Array<FodsCell | null>> }> {
  const tables: Array<{ name: string; rows: Array<Array<FodsCell | null>> }> = []
  for (const table of fods.matchAll(/<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows: Array<Array<FodsCell | null>> = []
    for (const rowMatch of table[2].matchAll(/<table:table-row[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
      const repeatRow = Number(/table:number-rows-repeated="(\d+)"/.exec(rowMatch[0].slice(0, 200))?.[1] ?? 1)
      const cells: Array<FodsCell | null> = []
      for (const cellMatch of (rowMatch[1] ?? '').matchAll(/<table:(?:covered-)?table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
        const attrs = cellMatch[1]
        const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1)
        const type = /office:value-type="([^"]+)"/.exec(attrs)?.[1]
        const formula = /table:formula="([^"]+)"/.exec(attrs)?.[1]
        const currency = /office:currency="([^"]+)"/.exec(attrs)?.[1]
        let cell: FodsCell | null = null
        if (type || formula) {
          const value =
            /office:(?:date-value|time-value|boolean-value|value)="([^"]*)"/.exec(attrs)?.[1] ??
            [...(cellMatch[2] ?? '').matchAll(/<text:p(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map((p) => decodeXml(p[1] ?? '')).join('\n')
          cell = { type: type ?? '', value, ...(currency ? { currency } : {}), ...(formula ? { formula: decodeXml(formula) } : {}) }
        }
        for (let i = 0; i < Math.min(repeat, 100); i++) cells.push(cell)
      }
      while (cells.length && cells[cells.length - 1] === null) cells.pop()
      for (let i = 0; i < Math.min(repeatRow, 5) && cells.length; i++) rows.push(cells)
    }
    tables.push({ name: decodeXml(table[1]), rows })
  }
  return tables
}
