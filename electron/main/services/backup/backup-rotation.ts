/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, and
 * the newest of each of the 4 most recent weeks (Monday to Sunday, local time) before those
 * days. Two backups a day (first start and quit) thus become one per day after a day, one per
 * week after a week, and none after about five weeks — also what bounds how long an erased
 * customer's data lives on in a backup.
 */
export interface DatedBackup {
  name: string
  at: Date
}

export const keepDaily = 7
export const keepWeekly = 4

const dayKey = (at: Date) => `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}`

/** The Monday (local) starting the week of `at`, as a key. */
function weekKey(at: Date): string {
  const monday = new Date(at.getFullYear(), at.getMonth(), at.getDate() - ((at.getDay() + 6) % 7))
  return dayKey(monday)
}

export function backupsToKeep(backups: readonly DatedBackup[], daily = keepDaily, weekly = keepWeekly): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime())
  const keep = new Set<string>()
  const days = new Set<string>()
  const olderThanDaily: DatedBackup[] = []
  for (const backup of newestFirst) {
    const day = dayKey(backup.at)
    if (days.has(day)) continue
    if (days.size < daily) {
      days.add(day)
      keep.add(backup.name)
    } else olderThanDaily.push(backup)
  }
  const weeks = new Set<string>()
  for (const backup of olderThanDaily) {
    const week = weekKey(backup.at)
    if (weeks.has(week) || weeks.size >= weekly) continue
    weeks.add(week)
    keep.add(backup.name)
  }
  return keep
}
