import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parse, CsvError } from 'csv-parse'
import type { ImportDelimiter, ImportEncoding } from '@shared/import/limits'
import { detectDelimiter } from './csv-dialect'
import { ImportCancelled, importError } from './import-error'
import type { ReadProgress } from './read-progress'
import { RowCollector } from './row-collector'
import { guessEncoding, guessLegacyEncoding, looksBinary, preferredLegacyEncoding } from './text-encoding'

/**
 * Reads a CSV/TXT file as a stream: bytes → text in the detected (or chosen) encoding →
 * csv-parse with the detected (or chosen) separator, quoted fields with line breaks and
 * "" escapes, any mix of CRLF/LF line ends. Never holds the whole file as one string.
 */

export interface CsvReadOptions {
  encoding?: ImportEncoding
  delimiter?: ImportDelimiter
  /** The UI locale: which Windows code page to prefer when guessing. */
  locale: string
}

export interface CsvReadResult {
  encoding: ImportEncoding
  encodingGuessed: boolean
  delimiter: ImportDelimiter
  collector: RowCollector
}

const sampleBytes = 1024 * 1024
/** A record longer than this is a giant cell or a quote never closed. */
const maxRecordChars = 1_000_000
/**
 * Fields in one record, empty ones included: Excel's 16 384 columns (a sheet saved as CSV
 * with formatted empty columns on the right writes them all; the collector drops the empty
 * tail). Empty fields cost no characters, so without this a line of separators alone would
 * grow one record without bound before any limit saw it.
 */
const maxFieldsPerRecord = 16_384

/** Thrown inside the stream when a file guessed as UTF-8 turns out not to be, further down. */
class NotUtf8 extends Error {
  constructor(readonly bytes: Uint8Array) {
    super('Not UTF-8 after all')
  }
}

async function readSample(path: string): Promise<{ sample: Uint8Array; size: number }> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const buffer = Buffer.alloc(Math.min(size, sampleBytes))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return { sample: buffer.subarray(0, bytesRead), size }
  } finally {
    await handle.close()
  }
}

export async function readCsv(
  path: string,
  options: CsvReadOptions,
  progress: ReadProgress,
  signal: AbortSignal,
  newCollector: () => RowCollector = () => new RowCollector()
): Promise<CsvReadResult> {
  const { sample, size } = await readSample(path)
  const guess = guessEncoding(sample, sample.length === size, preferredLegacyEncoding(options.locale))
  let encoding = options.encoding ?? guess.encoding
  const bomLength = options.encoding && options.encoding !== guess.encoding ? 0 : guess.bomLength
  const sampleText = new TextDecoder(encoding).decode(sample.subarray(bomLength))
  if (looksBinary(sampleText)) throw importError('not-text', 'The file is not text')
  const delimiter = options.delimiter ?? detectDelimiter(sampleText)
  // Only a guess of UTF-8 without a mark can turn out wrong further down the file.
  const strict = !options.encoding && encoding === 'utf-8' && guess.bomLength === 0

  try {
    const collector = await parseStream(path, { encoding, bomLength, delimiter, strict }, size, progress, signal, newCollector)
    return { encoding, encodingGuessed: !options.encoding && !guess.certain, delimiter, collector }
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error
    encoding = guessLegacyEncoding(error.bytes, preferredLegacyEncoding(options.locale))
    progress.reset()
    const collector = await parseStream(path, { encoding, bomLength: 0, delimiter, strict: false }, size, progress, signal, newCollector)
    return { encoding, encodingGuessed: true, delimiter, collector }
  }
}

interface StreamSettings {
  encoding: ImportEncoding
  bomLength: number
  delimiter: ImportDelimiter
  strict: boolean
}

async function parseStream(
  path: string,
  settings: StreamSettings,
  size: number,
  progress: ReadProgress,
  signal: AbortSignal,
  newCollector: () => RowCollector
): Promise<RowCollector> {
  const collector = newCollector()
  /**
   * Our own refusal (a limit), kept as thrown: the pipeline tears the other streams down when
   * it fails, and on a large file their "aborted" error reached the caller in its place.
   */
  let refusal: unknown = null
  const refuse = (error: unknown): never => {
    refusal ??= error
    throw error
  }
  const source = createReadStream(path, { start: settings.bomLength, highWaterMark: 256 * 1024 })
  const decoder = new TextDecoder(settings.encoding, { fatal: settings.strict })
  const decode = new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, callback) {
      progress.update(source.bytesRead / Math.max(size, 1), collector.rows.length)
      try {
        callback(null, decoder.decode(chunk, { stream: true }))
      } catch {
        callback(new NotUtf8(chunk))
      }
    },
    flush(callback) {
      try {
        callback(null, decoder.decode())
      } catch {
        callback(new NotUtf8(new Uint8Array()))
      }
    }
  })
  const parser = parse({
    delimiter: settings.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    info: true,
    max_record_size: maxRecordChars,
    // Called for every field as it ends: the one place a record's field count is seen before the record is whole.
    cast: (value, context) =>
      context.index < maxFieldsPerRecord
        ? value
        : refuse(importError('too-many-columns', `Record at line ${context.lines} has over ${maxFieldsPerRecord} fields`, { line: endOfPrevious + 1, limit: maxFieldsPerRecord }))
  })
  let endOfPrevious = 0
  try {
    await pipeline(
      source,
      decode,
      parser,
      async (records: AsyncIterable<{ record: string[]; info: { lines: number } }>) => {
        for await (const { record, info } of records) {
          try {
            collector.add(endOfPrevious + 1, record)
          } catch (error) {
            refuse(error)
          }
          endOfPrevious = info.lines
        }
      },
      { signal }
    )
  } catch (error) {
    if (signal.aborted) throw new ImportCancelled()
    if (refusal) throw refusal
    if (error instanceof NotUtf8) throw error
    if (error instanceof CsvError) {
      const line = endOfPrevious + 1
      if (error.code === 'CSV_MAX_RECORD_SIZE') throw importError('cell-too-large', error.message, { line, limit: maxRecordChars })
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw importError('unclosed-quote', error.message, { line })
      throw importError('unreadable', error.message, { line })
    }
    throw error
  }
  return collector
}
