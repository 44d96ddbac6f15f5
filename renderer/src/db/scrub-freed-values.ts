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

/**
 * Remembered until a scrub has run, so a scrub cut short (the app closed or killed right after
 * a delete) is finished when the app closes or at the next start. localStorage: one flag of
 * this origin, read before anything else runs.
 */
const pendingKey = 'regulars.freedValuesPending'
let running: Promise<void> | null = null
let askedAgain = false

/**
 * After an erase, a delete (one, in bulk) or a merge: scrubs in the background. One asked for
 * while another runs follows it (the rows it freed may have been written after that one's filler).
 */
export function scrubFreedValuesSoon(): void {
  localStorage.setItem(pendingKey, String(Date.now()))
  if (running) {
    askedAgain = true
    return
  }
  void scrubWhilePending()
}

/** Whether freed values may still be in the files: a scrub asked for has not finished. */
export function freedValuesPending(): boolean {
  return localStorage.getItem(pendingKey) !== null
}

/** Finishes the scrub still owed, if any (closing waits for it; the start runs one a closed app owed). */
export async function scrubPendingFreedValues(): Promise<void> {
  if (running) await running
  if (freedValuesPending()) await scrubWhilePending()
}

function scrubWhilePending(): Promise<void> {
  running ??= (async () => {
    try {
      do {
        askedAgain = false
        await scrubFreedValues()
      } while (askedAgain)
      localStorage.removeItem(pendingKey)
    } catch {
      // Stays pending: the close or the next start tries again.
    } finally {
      running = null
    }
  })()
  return running
}

function randomText(length: number): string {
  const bytes = new Uint8Array(length / 2)
  for (let offset = 0; offset < bytes.length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536))
  let text = ''
  for (let index = 0; index < bytes.length; index += 8_192) text += Array.from(bytes.subarray(index, index + 8_192), (byte) => byte.toString(16).padStart(2, '0')).join('')
  return text
}
