import Dexie from 'dexie'

/**
 * Makes Chromium drop the old values of rows just erased or deleted from its files.
 *
 * IndexedDB in Chromium is one LevelDB per origin. A delete or an overwrite only appends to its
 * log; the old value stays in the log (and later in a table file) until a compaction merges it
 * with the newer entry — and LevelDB compacts only when its write buffer fills. The web offers
 * no "compact" call, and closing the database (even with the browser left idle for Chromium's
 * pre-close tasks) did not rewrite anything in our test. So we fill the buffer ourselves: about
 * `bytes` of random filler written to a scratch database of the same origin (same LevelDB) and
 * deleted again. Each write-buffer's worth turns the log into a level-0 table (the old log file
 * is removed); four of them start a compaction into level 1, which drops every value shadowed by
 * a newer entry of its key — the erased row's old value among them. The filler is random, so
 * nothing of it compresses away.
 */
export const scrubDatabaseName = 'regulars-scrub'
/**
 * Each filler value stays under Blink's 64 KB limit above which a value is kept as a blob file
 * outside LevelDB (it would then fill nothing); a batch of them is one transaction.
 */
const valueChars = 30_000
const valuesPerBatch = 32

export async function scrubFreedValues(options: { bytes?: number } = {}): Promise<void> {
  const total = options.bytes ?? 48 * 1024 * 1024
  const scratch = new Dexie(scrubDatabaseName)
  scratch.version(1).stores({ filler: '++id' })
  try {
    await scratch.open()
    for (let written = 0; written < total; written += valueChars * valuesPerBatch) {
      await scratch.table('filler').bulkAdd(Array.from({ length: valuesPerBatch }, () => ({ data: randomText(valueChars) })))
      // Deleted at once: the filler never grows the data on disk by more than a chunk or two.
      await scratch.table('filler').clear()
    }
  } finally {
    scratch.close()
    await Dexie.delete(scrubDatabaseName).catch(() => undefined)
  }
}

function randomText(length: number): string {
  const bytes = new Uint8Array(length / 2)
  for (let offset = 0; offset < bytes.length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536))
  let text = ''
  for (let index = 0; index < bytes.length; index += 8_192) text += Array.from(bytes.subarray(index, index + 8_192), (byte) => byte.toString(16).padStart(2, '0')).join('')
  return text
}
