import type { ImportCell } from '@shared/import/cell'
import type { CellRange } from '@shared/import/header-row'
import { unescapeXstring } from '@shared/export/spreadsheet-xstring'
import { importLimits } from '@shared/import/limits'
import { excelSerialToIso } from './excel-date'
import { importError } from './import-error'
import type { NumberKind } from './number-format'
import type { RowCollector } from './row-collector'
import { parseXmlStream } from './xml-stream'
import type { ZipArchive } from './zip-archive'

/**
 * Streams one worksheet's XML into rows of JSON cells. Numbers in a date format become ISO
 * dates, numbers in a percent format "10%", shared strings are looked up, inline and
 * formula strings kept, error cells (#N/A) left empty. Rows and cells without an address
 * (allowed by the format) follow the previous one; rows the sheet leaves out are empty rows.
 * A row's formula that totals other rows is passed on (a summary line is not a customer).
 * Merged ranges are collected for the headers.
 */

export interface SheetContext {
  sharedStrings: readonly string[]
  styleKinds: readonly NumberKind[]
  date1904: boolean
}

/** "B12" → { column: 1, row: 12 }; null for a malformed reference. */
export function decodeCellRef(ref: string): { column: number; row: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref)
  if (!match) return null
  let column = 0
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64)
  return { column: column - 1, row: Number(match[2]) }
}

function decodeRange(ref: string): CellRange | null {
  const [from, to] = ref.split(':')
  const start = decodeCellRef(from ?? '')
  const end = decodeCellRef(to ?? from ?? '')
  if (!start || !end) return null
  return { top: start.row, left: start.column, bottom: end.row, right: end.column }
}

/**
 * A formula that sums up other rows: an aggregate (SUM, COUNTA, AVERAGE, SUBTOTAL…) over a
 * range ("COUNTA(A4:A8)", "COUNTIF(E2:E40;\"tak\")/COUNTA(E2:E40)"). A total line under a
 * hand-made list holds one; a customer's row does not.
 */
const aggregateCall = /\b(?:_xlfn\.)?(?:SUM|SUMIFS?|SUMPRODUCT|COUNT|COUNTA|COUNTBLANK|COUNTIFS?|AVERAGEA?|AVERAGEIFS?|SUBTOTAL|AGGREGATE|MIN|MAX)\s*\(/i
const rangeReference = /\$?[A-Z]{1,3}\$?\d+\s*:\s*\$?[A-Z]{1,3}\$?\d+/i
/** Formulas longer than this are not read for the mark (Excel's limit is 8 192 characters). */
const maxFormulaChars = 8_192

export function isTotalFormula(formula: string): boolean {
  return formula.length <= maxFormulaChars && aggregateCall.test(formula) && rangeReference.test(formula)
}

function roundNumber(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(15))
}

export async function readSheetRows(
  archive: ZipArchive,
  path: string,
  context: SheetContext,
  collector: RowCollector,
  options: { signal: AbortSignal; onBytes: (bytes: number) => void }
): Promise<CellRange[]> {
  if (archive.size(path) > importLimits.maxXmlPartBytes) throw importError('file-too-large', 'The worksheet is too large')
  const merges: CellRange[] = []
  let rowNumber = 0
  let cells: ImportCell[] | null = null
  let column = -1
  let type = ''
  let style = 0
  let capture: 'v' | 't' | 'f' | null = null
  let text: string[] = []
  let formula: string[] = []
  let formulaChars = 0
  let totalFormula: string | undefined
  let previousRow = 0
  let inInline = false
  let phoneticDepth = 0

  const cellValue = (): ImportCell => {
    const raw = text.join('')
    switch (type) {
      case 's': {
        const value = context.sharedStrings[Number(raw)]
        return value === undefined ? null : value
      }
      case 'inlineStr':
      case 'str':
        return unescapeXstring(raw)
      case 'b':
        return raw.trim() === '1' || raw.trim().toLowerCase() === 'true'
      case 'e':
        return null
      case 'd':
        return raw.trim().replace(/(T00:00(:00(\.0+)?)?)?Z?$/, '').replace(/(T\d{2}:\d{2}):00(\.0+)?Z?$/, '$1') || null
      default: {
        if (raw.trim() === '') return null
        const number = Number(raw)
        if (!Number.isFinite(number)) return raw
        const kind = context.styleKinds[style] ?? 'number'
        if (kind === 'date') return excelSerialToIso(number, context.date1904) ?? roundNumber(number)
        if (kind === 'percent') return `${roundNumber(number * 100)}%`
        return roundNumber(number)
      }
    }
  }

  await parseXmlStream(
    await archive.stream(path),
    {
      open(name, attributes) {
        switch (name) {
          case 'row': {
            const declared = Number(attributes.r)
            rowNumber = Number.isInteger(declared) && declared > 0 ? declared : rowNumber + 1
            cells = []
            column = -1
            totalFormula = undefined
            break
          }
          case 'c': {
            const ref = attributes.r ? decodeCellRef(attributes.r) : null
            column = ref ? ref.column : column + 1
            if (column >= importLimits.maxColumns) {
              throw importError('too-many-columns', `Cell ${attributes.r} is beyond the column limit`, { line: rowNumber, limit: importLimits.maxColumns })
            }
            type = attributes.t ?? 'n'
            style = Number(attributes.s ?? 0) || 0
            text = []
            inInline = false
            break
          }
          case 'v':
            capture = 'v'
            break
          case 'f':
            capture = 'f'
            formula = []
            formulaChars = 0
            break
          case 'is':
            inInline = true
            break
          case 'rPh':
            phoneticDepth++
            break
          case 't':
            if (inInline && phoneticDepth === 0) capture = 't'
            break
          case 'mergeCell': {
            const range = attributes.ref ? decodeRange(attributes.ref) : null
            if (range) merges.push(range)
            break
          }
        }
      },
      text(value) {
        if (capture === 'f') {
          formulaChars += value.length
          if (formulaChars <= maxFormulaChars) formula.push(value)
        } else if (capture) text.push(value)
      },
      close(name) {
        switch (name) {
          case 'v':
          case 't':
            capture = null
            break
          case 'f': {
            capture = null
            const written = formula.join('')
            if (totalFormula === undefined && formulaChars <= maxFormulaChars && isTotalFormula(written)) totalFormula = written
            break
          }
          case 'rPh':
            phoneticDepth--
            break
          case 'c':
            if (cells) cells[column] = cellValue()
            break
          case 'row':
            if (cells) {
              for (let index = 0; index < cells.length; index++) if (cells[index] === undefined) cells[index] = null
              // Rows the sheet leaves out are empty rows of the list.
              if (rowNumber > previousRow) collector.addAbsent(previousRow, rowNumber)
              collector.add(rowNumber, cells, totalFormula)
              previousRow = rowNumber
            }
            cells = null
            break
        }
      }
    },
    { signal: options.signal, onBytes: options.onBytes, part: path }
  )
  return merges
}
