import { posix } from 'node:path'
import { importLimits } from '@shared/import/limits'
import { unescapeXstring } from '@shared/export/spreadsheet-xstring'
import type { ImportSheet } from '@shared/ipc/contract-import'
import { importError } from './import-error'
import { numberKind, type NumberKind } from './number-format'
import { parseXmlStream } from './xml-stream'
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

interface Relationship {
  id: string
  type: string
  target: string
}

async function readRelationships(archive: ZipArchive, path: string): Promise<Relationship[]> {
  if (!archive.has(path)) return []
  const relationships: Relationship[] = []
  const text = await archive.text(path)
  for (const match of text.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attributes = readAttributes(match[1])
    if (attributes.Id && attributes.Target) {
      relationships.push({ id: attributes.Id, type: attributes.Type ?? '', target: attributes.Target })
    }
  }
  return relationships
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of source.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const name = match[1].includes(':') && !match[1].startsWith('r:') ? match[1].split(':')[1] : match[1]
    attributes[name] = decodeXml(match[3] ?? match[4] ?? '')
  }
  return attributes
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase()
    if (lower === 'lt') return '<'
    if (lower === 'gt') return '>'
    if (lower === 'amp') return '&'
    if (lower === 'quot') return '"'
    if (lower === 'apos') return "'"
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)
    return Number.isFinite(code) ? String.fromCodePoint(code) : entity
  })
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
  const workbook = await archive.text(workbookPath)

  const sheets: WorksheetPart[] = []
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attributes = readAttributes(match[1])
    const rel = byId.get(attributes['r:id'] ?? attributes.id ?? '')
    if (!rel || !worksheetType.test(rel.type)) continue // chart sheets, dialog sheets
    const path = resolveTarget(workbookPath, rel.target)
    if (!archive.has(path)) continue
    sheets.push({ name: attributes.name ?? `Sheet${sheets.length + 1}`, hidden: (attributes.state ?? 'visible') !== 'visible', path })
  }
  if (sheets.length === 0) throw importError('not-xlsx', 'The workbook has no worksheet')

  const find = (type: RegExp) => {
    const rel = relationships.find((candidate) => type.test(candidate.type))
    const path = rel ? resolveTarget(workbookPath, rel.target) : null
    return path && archive.has(path) ? path : null
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook)
  return { sheets, sharedStringsPath: find(/\/sharedStrings$/), stylesPath: find(/\/styles$/), date1904 }
}

/** Number kind of each cell style (cellXfs index → date/percent/text/number). */
export async function readStyleKinds(archive: ZipArchive, stylesPath: string | null): Promise<NumberKind[]> {
  if (!stylesPath) return []
  const styles = await archive.text(stylesPath, 64 * 1024 * 1024)
  const codes = new Map<number, string>()
  for (const match of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const attributes = readAttributes(match[1])
    codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '')
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? ''
  const kinds: NumberKind[] = []
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(readAttributes(match[1]).numFmtId ?? 0)
    kinds.push(numberKind(id, codes.get(id)))
  }
  return kinds
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
