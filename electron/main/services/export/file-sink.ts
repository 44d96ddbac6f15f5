import { createWriteStream, type WriteStream } from 'node:fs'

/**
 * The temporary file an export writes into. It keeps the first write error (a full disk, a
 * stick pulled out), which Node reports as an event rather than to the write that caused it,
 * and lets the writer wait for the disk to keep up so memory stays flat.
 */
export class FileSink {
  readonly stream: WriteStream
  private failure: Error | null = null
  private readonly closed: Promise<void>

  constructor(readonly path: string) {
    // `wx`: never reuse an existing file; `flush`: the data is on the stick before close, so
    // the rename that follows publishes a complete file even if the stick is pulled right after.
    this.stream = createWriteStream(path, { flags: 'wx', flush: true })
    this.stream.on('error', (error) => {
      this.failure ??= error
    })
    this.closed = new Promise((resolve) => this.stream.once('close', () => resolve()))
  }

  /** Resolves once the file exists; rejects if it cannot be created (no permission, folder gone). */
  opened(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure)
    if (this.stream.pending === false) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.stream.once('ready', () => resolve())
      this.stream.once('error', reject)
    })
  }

  /** Throws the first write error, if any. */
  check(): void {
    if (this.failure) throw this.failure
  }

  /** Waits until the file has taken what was written so far (backpressure), or fails. */
  async drained(): Promise<void> {
    this.check()
    if (!this.stream.writableNeedDrain) return
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        this.stream.off('drain', done)
        this.stream.off('error', fail)
        resolve()
      }
      const fail = (error: Error) => {
        this.stream.off('drain', done)
        this.stream.off('error', fail)
        reject(error)
      }
      this.stream.on('drain', done)
      this.stream.on('error', fail)
    })
  }

  /** Resolves when the file is closed (after finishing or destroying it). */
  whenClosed(): Promise<void> {
    return this.closed
  }

  /** Stops at once: the file is closed, whatever was pending is dropped. */
  async destroy(): Promise<void> {
    if (!this.stream.destroyed) this.stream.destroy()
    await this.closed
  }
}
