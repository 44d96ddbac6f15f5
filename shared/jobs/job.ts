import { AppError } from '../errors'

/**
 * Long work — an export, a printout, an import, demo data, a bulk change, an undo, a backup —
 * runs in chunks, says how far it got after each, and can be stopped between two. Every such
 * function takes the same options (its own extend JobOptions):
 *
 *   export async function loadDemoData(db: RegularsDatabase, options: DemoLoadOptions) {
 *     for (const chunk of chunks) {
 *       throwIfCancelled(options.signal)       // before each chunk
 *       await write(chunk)
 *       options.onProgress?.({ done, total })   // after each chunk
 *     }
 *   }
 *
 * Cancelling: the work stops before its next chunk and throws `JobCancelled` — having undone
 * what it did where half a result would be wrong (an export's file, an import's transaction,
 * demo data), so nothing of it remains. Work whose finished chunks stay done on purpose (the
 * list's bulk changes, audited with how far they got) returns its result instead, saying it
 * stopped.
 */

export interface JobProgress {
  /** Units done in this phase (customers, rows, orders…), of `total` when it is known. */
  done: number
  total?: number
  /** Which stage the work is in ('customers', 'orders', 'finishing'…); the UI words it. */
  phase?: string
  /** Share of the whole job done (0–1), when phases make done/total only part of it. */
  fraction?: number
  /** Further figures the progress line may name: `{ orders: 12_000 }`. */
  counts?: Readonly<Record<string, number>>
  /** False from the point of no return (the file is being put in place): Cancel is no longer offered. */
  cancellable?: boolean
}

export interface JobOptions {
  /** Aborted when the user cancels: stop before the next chunk. */
  signal?: AbortSignal
  /** Called after every chunk (and once at the start), with a fresh object each time. */
  onProgress?: (progress: JobProgress) => void
}

export const jobCancelledCode = 'jobs.cancelled'

/** Thrown by work that was cancelled and left nothing behind. */
export class JobCancelled extends AppError {
  constructor(message = 'Cancelled') {
    super(jobCancelledCode, message)
    this.name = 'JobCancelled'
  }
}

/** Stops the work here when the user has cancelled it. */
export function throwIfCancelled(signal: AbortSignal | undefined, message?: string): void {
  if (signal?.aborted) throw new JobCancelled(message)
}

/** Whether an error means "the user cancelled" (also when it crossed a boundary that keeps only the code). */
export function isJobCancelled(error: unknown): boolean {
  return error instanceof JobCancelled || (error as { code?: unknown } | null)?.code === jobCancelledCode
}

/** How much of a job is done (0–1), or null when nothing says (an unknown total). */
export function jobFraction(progress: JobProgress | null): number | null {
  if (!progress) return null
  if (progress.fraction !== undefined) return Math.min(1, Math.max(0, progress.fraction))
  if (progress.total === undefined) return null
  if (progress.total <= 0) return 1
  return Math.min(1, progress.done / progress.total)
}
