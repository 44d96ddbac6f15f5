import { describe, expect, it } from 'vitest'
import { backupFileName, backupTimeFromName } from './backup-names'
import { backupsToKeep, type DatedBackup } from './backup-rotation'

/** Day `n` of the simulation at a local hour: day 0 is Monday 2026-11-02. */
const at = (day: number, hour: number) => new Date(2026, 10, 2 + day, hour, 15, 0)

function simulate(days: number, hours: number[]): DatedBackup[] {
  let kept: DatedBackup[] = []
  for (let day = 0; day < days; day++) {
    for (const hour of hours) {
      kept.push({ name: backupFileName('Studio', at(day, hour)), at: at(day, hour) })
      const keep = backupsToKeep(kept)
      kept = kept.filter((backup) => keep.has(backup.name))
    }
  }
  return kept.sort((a, b) => a.at.getTime() - b.at.getTime())
}

const dates = (backups: DatedBackup[]) => backups.map((backup) => backup.name.replace(/^Studio /, '').replace(/\.regularsbackup$/, ''))

describe('rotation of automatic backups', () => {
  it('after 60 days of a backup at the first start and one at quit: the last 7 days (their quit backup) and 4 weeks before', () => {
    // Day 59 is Thursday 2026-12-31; the daily ones are 25–31 December.
    expect(dates(simulate(60, [8, 20]))).toEqual([
      // Weekly: the newest of each of the 4 weeks before them — the Sunday quit backups of
      // three weeks, and Thursday the 24th, the newest of the week the daily ones began in.
      '2026-12-06 201500',
      '2026-12-13 201500',
      '2026-12-20 201500',
      '2026-12-24 201500',
      // Daily: the 7 most recent days, each day's last backup.
      '2026-12-25 201500',
      '2026-12-26 201500',
      '2026-12-27 201500',
      '2026-12-28 201500',
      '2026-12-29 201500',
      '2026-12-30 201500',
      '2026-12-31 201500'
    ])
  })

  it('keeps everything while there are fewer days than it keeps', () => {
    expect(simulate(3, [9])).toHaveLength(3)
  })

  it('skips days without a backup (closed on Sundays): seven backup days, not seven calendar days', () => {
    const kept: DatedBackup[] = []
    for (let day = 0; day < 21; day++) if (day % 7 !== 6) kept.push({ name: `d${day}`, at: at(day, 9) })
    const keep = backupsToKeep(kept)
    expect([...keep].filter((name) => ['d20', 'd19', 'd18', 'd17', 'd16', 'd15', 'd14'].includes(name))).toHaveLength(6)
    expect(keep.has('d12')).toBe(true)
    expect(keep.size).toBe(7 + 2)
  })

  it('reads the time back from the file name, whatever the business is called', () => {
    const made = new Date(2026, 11, 7, 9, 30, 12)
    const name = backupFileName('Salon "Róża": Kraków/Wola', made)
    expect(name).toBe('Salon Róża Kraków Wola 2026-12-07 093012.regularsbackup')
    expect(backupTimeFromName(name)).toEqual(made)
    expect(backupTimeFromName('notes.txt')).toBeNull()
  })
})
