/**
 * Excel stores a date as a day count with no time zone, and exceljs computes it from the
 * Date's UTC fields. To show the wall-clock time the desk saw (05.03.2026 14:30 in Warsaw,
 * not 13:30), shift the instant by its own local offset, summer or winter time alike.
 */
export function toExcelWallClock(epochMs: number): Date {
  const offsetMinutes = new Date(epochMs).getTimezoneOffset()
  return new Date(epochMs - offsetMinutes * 60_000)
}

/** The local calendar date "YYYY-MM-DD" of an instant. */
export function localIsoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** The local "YYYY-MM-DD HH:MM" of an instant: a form every spreadsheet reads as a date and time. */
export function localIsoDateTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${localIsoDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}
