import type { LaunchedApp, LaunchOptions } from '../../host/launch-app'
import type { DialogAnswers } from '../../host/test-ports'
import type { Dataset } from './dataset-cache'
import type { BenchOptions } from './options'

/**
 * The contract between the harness (tests/bench/run.mjs → harness/main.ts) and a measure
 * module. A module exports `bench: BenchMeasures`; registry.ts lists it in one line.
 */

/** One measured figure, as a measure reports it. Times are milliseconds per run. */
export interface MeasureFigure {
  name: string
  /** One sample per run (ms). Omit for a figure that is not a time (then give `value`). */
  samples?: number[]
  /** The same work done the plain way, measured in the same run, so the figure reads as a ratio. */
  baseline?: { name: string; samples: number[] }
  /** A figure that is not a time: database size, heap, rate. */
  value?: { amount: number; unit: string }
  /** Further figures, copied into results.json as they are (snake_case keys: `peak_rss_mb`). */
  extra?: Record<string, number | string | boolean | null>
  /** What was measured exactly, when the name alone does not say it (printed under the table). */
  note?: string
}

export interface BenchContext {
  options: BenchOptions
  /** The cached dataset (read-only: measures work on `dataDir`, a copy). */
  dataset: Dataset
  /** launchApp's dataDir: this run's working copy of the cached database; writes here are thrown away. */
  dataDir: string
  /** The renderer build this run serves (a snapshot of out/renderer). */
  rendererDir: string
  /** A folder for files a measure writes (exports, import files); removed after the run. */
  scratchDir: string
  /** How many runs a measure should do: its default, or --runs, or 1 in a smoke run. */
  runs(defaultRuns: number): number
  /** Whether a figure of this name was asked for (--only). */
  selected(name: string): boolean
  /** Reports one figure as soon as it is known (printed at once, tabled at the end). */
  record(figure: MeasureFigure): void
  /** Reports that one figure could not be measured; the module may go on with its others. The run then fails. */
  fail(name: string, error: unknown): void
  /**
   * The app in the test host on the working copy, with the benchmark's page helpers
   * (`window.__regularsBench`) installed. Closes the app a previous call opened: one
   * Chromium at a time on this profile.
   */
  openApp(options?: { path?: string; answers?: DialogAnswers; viewport?: { width: number; height: number }; dataDir?: string; invoke?: LaunchOptions['invoke'] }): Promise<LaunchedApp>
  log(message: string): void
}

export interface BenchMeasures {
  /**
   * Every figure name this module can report; a trailing `*` stands for a family named at run
   * time (`list.sort.*`). Used for --only and for listing what has not landed.
   */
  names: string[]
  run(context: BenchContext): Promise<void>
}
