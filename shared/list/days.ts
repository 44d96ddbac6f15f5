/** Local midnight of a "YYYY-MM-DD" day (the PC's time zone, like the date pickers). */
export function dayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year!, month! - 1, date!).getTime()
}

/** The last millisecond of a day. */
export function dayEnd(day: string): number {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year!, month! - 1, date! + 1).getTime() - 1
}
