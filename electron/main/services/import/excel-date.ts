/**
 * Excel counts days from 30 December 1899 (it believes 1900 was a leap year, so serials
 * below 61 are one day off), or from 1 January 1904 in workbooks made on old Macs. The
 * result is the wall-clock date and time as shown in the cell, as ISO text.
 */
const dayMs = 86_400_000
const base1900 = Date.UTC(1899, 11, 30)
const base1904 = Date.UTC(1904, 0, 1)

export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null
  const days = !date1904 && serial < 61 ? serial + 1 : serial
  const ms = Math.round(((date1904 ? base1904 : base1900) + days * dayMs) / 1000) * 1000
  const date = new Date(ms)
  const iso = date.toISOString()
  const time = iso.slice(11, 19)
  if (serial < 1) return time.endsWith(':00') ? time.slice(0, 5) : time
  if (time === '00:00:00') return iso.slice(0, 10)
  return `${iso.slice(0, 10)}T${time.endsWith(':00') ? time.slice(0, 5) : time}`
}
