/** How far a reader has got: polled by the renderer through `import:status`. */
export class ReadProgress {
  /** 0–1 of the file's bytes (or of the sheet's XML) read. */
  fraction = 0
  rows = 0

  update(fraction: number, rows: number): void {
    this.fraction = Math.min(1, Math.max(this.fraction, fraction))
    this.rows = rows
  }

  reset(): void {
    this.fraction = 0
    this.rows = 0
  }
}
