/**
 * Every measure module of the benchmark, one line each. `file` exports `bench: BenchMeasures`
 * (harness/measure-api.ts); `requires` is the feature's own measure module the file adapts —
 * while that file is missing, the names are listed as "not available yet". `names` are the
 * figures it reports (a trailing `*`: a family such as one figure per sortable column).
 * To add a measure: write the module, add its line here.
 */
export interface MeasureSource {
  file: string
  requires?: string
  names: string[]
  /** Minutes the module may take at full size, when the usual 10 are too few (a smoke run gives it 15). */
  timeLimitMin?: number
}

export const measureSources: MeasureSource[] = [
  { file: 'measures/search.ts', names: ['search.surname', 'search.phone', 'search.email', 'search.card', 'search.folded', 'search.translit', 'search.domain'] },
  { file: 'adapters/list-bench.ts', requires: 'measures/list.ts', names: ['list.open', 'list.start', 'list.sort.*', 'list.filter', 'list.store', 'list.jump.middle', 'list.jump.end', 'renderer.heap'] },
  // Signs in through the data layer in the run's copy and removes its people again at the end.
  { file: 'measures/one-store.ts', names: ['search.owner.*', 'search.one-store.*', 'list.owner.*', 'list.one-store.*'] },
  { file: 'adapters/card-bench.ts', requires: 'measures/card.ts', names: ['card.open', 'visit.add'] },
  { file: 'adapters/export-bench.ts', requires: 'measures/export.ts', names: ['export.xlsx'] },
  // Writes the customers a rule changes (and takes them back): after the measures that read the base as loaded.
  { file: 'measures/rules.ts', names: ['rules.full-pass', 'rules.search-during-pass'] },
  // Adds 100 000 customers to the run's copy: after every measure that reads the base as loaded.
  { file: 'adapters/import-bench.ts', requires: 'measures/import.ts', names: ['import.xlsx'] },
  // Restores over the run's copy (the page reloads on the restored base): after every other measure.
  // At full size: two baselines, the backup, the restore's safety backup, its rows and its check.
  { file: 'measures/backup.ts', names: ['backup', 'restore'], timeLimitMin: 150 },
  { file: 'measures/demo.ts', names: ['demo.load', 'db.size'] }
]
