/**
 * Runs async work one piece after another. Files opened for import are read one at a time:
 * reading holds more than the rows it keeps (the shared-string table of an .xlsx, the
 * parser's buffers), so two reads at once would double that. A file waits its turn shown
 * as "reading" at 0 %; a closed one leaves at once.
 */
export class OneAtATime {
  private last: Promise<unknown> = Promise.resolve()

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.last.then(work, work)
    this.last = next.catch(() => undefined)
    return next
  }
}
