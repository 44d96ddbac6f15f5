import type { Readable } from 'node:stream'
import { SaxesParser } from 'saxes'
import type { AppError } from '@shared/errors'
import { ImportCancelled, importError } from './import-error'
import { MarkupRunGuard, type RunKind } from './markup-run-guard'

/**
 * Feeds an XML part to a SAX parser chunk by chunk, so a sheet of any size is read in
 * bounded memory. Element names arrive without their namespace prefix ("x:row" → "row"):
 * some programs write prefixed SpreadsheetML.
 */

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void
  text?(text: string): void
  close?(name: string): void
}

/**
 * The longest run the parser may buffer (a text node, a tag, a CDATA section, a comment). A
 * cell holds at most 32 767 characters (even escaped, far below this); a longer run is a
 * giant cell or junk, and refusing it here keeps the parser from buffering it.
 */
const maxRun = 1024 * 1024

export interface XmlStreamOptions {
  signal?: AbortSignal
  onBytes?: (bytes: number) => void
  part: string
  /** How a run past the limit is refused (by default: text is a giant cell, markup a damaged file). */
  runTooLong?: (part: string, limit: number, kind: RunKind) => AppError
}

function giantCellOrDamage(part: string, limit: number, kind: RunKind): AppError {
  return kind === 'characters'
    ? importError('cell-too-large', `A run of text in ${part} exceeds ${limit} characters`)
    : importError('damaged-file', `A tag, comment or instruction in ${part} exceeds ${limit} characters`)
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

export async function parseXmlStream(
  stream: Readable,
  handlers: XmlHandlers,
  options: XmlStreamOptions
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false })
  let failure: Error | null = null
  parser.on('error', (error) => {
    failure ??= error
  })
  if (handlers.open) {
    const open = handlers.open
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>))
  }
  if (handlers.text) {
    parser.on('text', handlers.text)
    // Text in a CDATA section is text like any other (a cell may carry it that way).
    parser.on('cdata', handlers.text)
  }
  if (handlers.close) {
    const close = handlers.close
    parser.on('closetag', (tag) => close(localName(tag.name)))
  }

  const decoder = new TextDecoder('utf-8')
  const runTooLong = options.runTooLong ?? giantCellOrDamage
  const guard = new MarkupRunGuard(maxRun, {
    tooLong: (limit, kind) => runTooLong(options.part, limit, kind),
    declaration: () => importError('damaged-file', `A document type declaration in ${options.part}`)
  })
  try {
    for await (const chunk of stream) {
      if (options.signal?.aborted) throw new ImportCancelled()
      const bytes = chunk as Buffer
      options.onBytes?.(bytes.length)
      const text = decoder.decode(bytes, { stream: true })
      guard.feed(text)
      parser.write(text)
      if (failure) break
      // Let IPC calls (status polls, cancel) in between big chunks.
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
    if (!failure) parser.write(decoder.decode()).close()
  } catch (error) {
    stream.destroy()
    if (error instanceof ImportCancelled || (error as { code?: string }).code?.startsWith('import.')) throw error
    if (failure) throw importError('damaged-file', `Malformed XML in ${options.part}: ${(failure as Error).message}`)
    throw importError('damaged-file', `Cannot read ${options.part}: ${(error as Error).message}`)
  }
  if (failure) {
    stream.destroy()
    throw importError('damaged-file', `Malformed XML in ${options.part}: ${(failure as Error).message}`)
  }
}
