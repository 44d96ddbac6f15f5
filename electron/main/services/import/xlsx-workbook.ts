import { posix } from 'node:path'
import { importLimits } from '@shared/import/limits'
import { unescapeXstring } from '@shared/export/spreadsheet-xstring'
import type { ImportSheet } from '@shared/ipc/contract-import'
import { importError } from './import-error'
import { numberKind, type NumberKind } from './number-format'
import { parseXmlStream, type XmlHandlers } from './xml-stream'
import type { ZipArchive } from './zip-archive'

/**
 * The parts of an .xlsx around the cells: which worksheets there are and where, the shared
 * string table, and each cell style's number kind (date, percent…). Found through the
 * package relationships, not by assuming Excel's file names, so files from LibreOffice,
 * Google Sheets, Numbers or a web export read the same.
 */

export interface WorksheetPart extends ImportSheet {
  path: string
}

export interface WorkbookParts {
  sheets: WorksheetPart[]
  sharedStringsPath: string | null
  stylesPath: string | null
  date1904: boolean
}

const officeDocument = /\/officeDocument$/
const worksheetType = /\/worksheet$/

/**
 * The parts around the cells are small (Excel's are a few kB); past these sizes a part is
 * not a spreadsheet's, and reading it whole would only cost time.
 */
const maxRelationshipsBytes = 16 * 1024 * 1024
const maxWorkbookBytes = 16 * 1024 * 1024
const maxStylesBytes = 64 * 1024 * 1024
/** Excel writes format codes of at most 255 characters; a longer one is not read (a plain number). */
const maxFormatCodeChars = 1_000

interface Relationship {
  id: string
  type: string
  target: string
}

/**
 * Streams a small part through the SAX parser: attributes are read in one pass, however long
 * or malformed (a regular expression over them took quadratic time on a crafted attribute).
 */
async function parsePart(archive: ZipArchive, path: string, maxBytes: number, handlers: XmlHandlers): Promise<void> {
  if (archive.size(path) > maxBytes) throw importError('damaged-file', `Part ${path} is implausibly large`)
  await parseXmlStream(await archive.stream(path), handlers, { part: path, runTooLong: (part, limit) => importError('damaged-file', `A run of over ${limit} characters in ${part}`) })
}

async function readRelationships(archive: ZipArchive, path: string): Promise<Relationship[]> {
  if (!archive.has(path)) return []
  const relationships: Relationship[] = []
  await parsePart(archive, path, maxRelationshipsBytes, {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id && attributes.Target) {
        relationships.push({ id: attributes.Id, type: attributes.Type ?? '', target: attributes.Target })
      }
    }
  })
  return relationships
}

/** The relationship id of a <sheet>: `r:id`, whatever prefix the file gives that namespace. */
function relationshipId(attributes: Record<string, string>): string | undefined {
  if (attributes['r:id'] !== undefined) return attributes['r:id']
  for (const name in attributes) if (name.endsWith(':id') || name === 'id') return attributes[name]
  return undefined
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  return posix.normalize(posix.join(posix.dirname(fromPart), target))
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`)
}

/** Tells a spreadsheet zip from other zips, with a precise reason for the ones we cannot read. */
async function findWorkbook(archive: ZipArchive): Promise<string> {
  const rootRels = await readRelationships(archive, '_rels/.rels')
  const main = rootRels.find((rel) => officeDocument.test(rel.type))
  const candidate = main ? resolveTarget('', main.target) : 'xl/workbook.xml'
  if (archive.has(candidate) && /workbook/i.test(candidate)) return candidate
  if (archive.has('mimetype')) {
    const mime = await archive.text('mimetype', 1024)
    if (mime.includes('opendocument.spreadsheet')) throw importError('ods-not-supported', 'OpenDocument spreadsheet')
  }
  throw importError('not-xlsx', `A zip without a workbook (${archive.names().slice(0, 5).join(', ')})`)
}

export async function readWorkbookParts(archive: ZipArchive): Promise<WorkbookParts> {
  const workbookPath = await findWorkbook(archive)
  const relationships = await readRelationships(archive, relsPathOf(workbookPath))
  const byId = new Map(relationships.map((rel) => [rel.id, rel]))

  const sheets: WorksheetPart[] = []
  let date1904 = false
  await parsePart(archive, workbookPath, maxWorkbookBytes, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true'
      if (name !== 'sheet') return
      const rel = byId.get(relationshipId(attributes) ?? '')
      if (!rel || !worksheetType.test(rel.type)) return // chart sheets, dialog sheets
      const path = resolveTarget(workbookPath, rel.target)
      if (!archive.has(path)) return
      const sheetName = attributes.name ?? `Sheet${sheets.length + 1}`
      // Excel allows 31 characters a name and a few hundred sheets; past these it is not a workbook a person made.
      if (sheetName.length > importLimits.maxSheetNameChars) throw importError('damaged-file', `A sheet name of ${sheetName.length} characters`)
      // No program writes a sheet name with a control character, or bytes that are not UTF-8 (read as U+FFFD): the part is damaged.
      // eslint-disable-next-line no-control-regex -- control characters are what this looks for
      if (/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(sheetName)) throw importError('damaged-file', 'A sheet name with a character no spreadsheet program writes')
      if (sheets.length >= importLimits.maxSheets) throw importError('damaged-file', `More than ${importLimits.maxSheets} sheets`)
      sheets.push({ name: sheetName, hidden: (attributes.state ?? 'visible') !== 'visible', path })
    }
  })
  if (sheets.length === 0) throw importError('not-xlsx', 'The workbook has no worksheet')

  const find = (type: RegExp) => {
    const rel = relationships.find((candidate) => type.test(candidate.type))
    const path = rel ? resolveTarget(workbookPath, rel.target) : null
    return path && archive.has(path) ? path : null
  }
  return { sheets, sharedStringsPath: find(/\/sharedStrings$/), stylesPath: find(/\/styles$/), date1904 }
}

/** Number kind of each cell style (cellXfs index → date/percent/text/number). */
export async function readStyleKinds(archive: ZipArchive, stylesPath: string | null): Promise<NumberKind[]> {
  if (!stylesPath) return []
  const codes = new Map<number, string>()
  const formatIds: number[] = []
  let inCellXfs = false
  await parsePart(archive, stylesPath, maxStylesBytes, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const code = attributes.formatCode ?? ''
        if (code.length <= maxFormatCodeChars) codes.set(Number(attributes.numFmtId), code)
      } else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0))
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    }
  })
  return formatIds.map((id) => numberKind(id, codes.get(id)))
}

/**
 * The shared string table, streamed: plain and rich-text strings (runs joined), phonetic
 * hints (<rPh>) left out. Each string is checked against the cell limit as it is read.
 */
export async function readSharedStrings(
  archive: ZipArchive,
  path: string | null,
  options: { signal: AbortSignal; onBytes: (bytes: number) => void }
): Promise<string[]> {
  if (!path) return []
  if (archive.size(path) > importLimits.maxSharedStringsBytes) throw importError('too-much-text', 'The shared string table is too large')
  const strings: string[] = []
  let current: string[] | null = null
  let inText = false
  let phoneticDepth = 0
  await parseXmlStream(
    await archive.stream(path),
    {
      open(name) {
        if (name === 'si') current = []
        else if (name === 'rPh') phoneticDepth++
        else if (name === 't' && current && phoneticDepth === 0) inText = true
      },
      text(text) {
        if (inText && current) current.push(text)
      },
      close(name) {
        if (name === 't') inText = false
        else if (name === 'rPh') phoneticDepth--
        else if (name === 'si' && current) {
          const value = unescapeXstring(current.join(''))
          if (value.length > importLimits.maxCellChars) {
            throw importError('cell-too-large', `Shared string ${strings.length} has ${value.length} characters`, { limit: importLimits.maxCellChars })
          }
          strings.push(value)
          current = null
        }
      }
    },
    { signal: options.signal, onBytes: options.onBytes, part: path }
  )
  return strings
}
