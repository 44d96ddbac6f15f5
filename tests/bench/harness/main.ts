import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { chromiumPath, type LaunchedApp } from '../../host/launch-app'
import { openBenchApp } from './bench-app'
import { copyProfileInto, ensureDataset, sweepAbandonedRuns, type Dataset } from './dataset-cache'
import { datasetLoader } from './load-dataset'
import type { BenchContext, BenchMeasures, MeasureFigure } from './measure-api'
import { isSelected, parseBenchOptions, usage, type BenchOptions } from './options'
import { installBenchPage } from './page-bundle'
import { measureSources, type MeasureSource } from './registry'
import { formatTable, toResult, type MeasureResult, type Row } from './report'

const benchDir = resolve(import.meta.dirname, '..')
const repoRoot = resolve(benchDir, '../..')
const defaultResultsFile = join(benchDir, 'results.json')

const log = (message: string) => console.log(message)

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

/** A figure family pattern ("list.sort.*") selected by --only? */
function sourceSelected(options: BenchOptions, source: MeasureSource): boolean {
  return source.names.some((name) => {
    const stem = name.endsWith('*') ? name.slice(0, -1) : name
    return isSelected(options, stem) || options.only.some((prefix) => stem.startsWith(prefix) || prefix.startsWith(stem))
  })
}

/** The file that is still missing for a measure module to run, if any. */
function missingFile(source: MeasureSource): string | undefined {
  if (source.requires && !existsSync(join(benchDir, source.requires))) return source.requires
  return existsSync(join(benchDir, source.file)) ? undefined : source.file
}

/** The most one measure module may take (its figures so far are kept). */
/** 10 minutes, 5 in a smoke run; a module with a limit of its own gets it, and 15 in a smoke run. */
function moduleTimeLimitMs(options: BenchOptions, source: MeasureSource): number {
  if (source.timeLimitMin) return (options.smoke ? 15 : source.timeLimitMin) * 60_000
  return (options.smoke ? 5 : 10) * 60_000
}

function withinTime<T>(work: Promise<T>, limitMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(limitMs / 60_000)} minutes`)), limitMs)
  })
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}

/** What the page showed when a measure failed: tests/artifacts/bench/<module>-failure.png. */
async function screenshotOnFailure(app: LaunchedApp | undefined, file: string): Promise<void> {
  if (!app) return
  const path = join(repoRoot, 'tests/artifacts/bench', `${file.replace(/[/.]/g, '-')}-failure.png`)
  try {
    mkdirSync(join(repoRoot, 'tests/artifacts/bench'), { recursive: true })
    await app.page.screenshot({ path, timeout: 10_000 })
    console.error(`  the page at the failure: ${path}`)
  } catch {
    // The page may be gone with the failure; the error says what happened.
  }
}

/** Runs the benchmark; returns the process exit code (non-zero when any measure failed). */
export async function runBench(argv: string[], paths: { runDir: string; rendererDir: string }): Promise<number> {
  let options: BenchOptions
  try {
    options = parseBenchOptions(argv)
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  if (options.help) {
    console.log(usage)
    return 0
  }
  const startedAt = new Date()
  const started = performance.now()
  const load = loadavg().map((value) => value.toFixed(2)).join(' ')
  log(`Regulars benchmark: ${options.customers.toLocaleString('en')} customers / ${options.orders.toLocaleString('en')} orders, seed ${options.seed}${options.smoke ? ' (smoke run)' : ''}`)
  log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${load} — figures are noisy on a shared machine; read them against the same-run baselines.`)

  let app: LaunchedApp | undefined
  const closeApp = async () => {
    const open = app
    app = undefined
    await open?.close()
  }
  const rows = new Map<string, Row>()
  const results: Record<string, MeasureResult> = {}
  const durations: Record<string, number> = {}
  const scratchDir = join(paths.runDir, 'scratch')
  let dataset: Dataset | undefined
  let failed = false

  const interrupt = () => {
    void closeApp().finally(() => {
      rmSync(paths.runDir, { recursive: true, force: true })
      process.exit(130)
    })
  }
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)

  try {
    sweepAbandonedRuns()
    dataset = await ensureDataset(options, datasetLoader(paths.rendererDir, log), log)
    log(
      dataset.loadedNow
        ? `Loaded and cached the database in ${Math.round(dataset.loadMs / 1000)} s (${dataset.key}).`
        : `Using the cached database ${dataset.key} (loaded ${dataset.loadedAt} in ${Math.round(dataset.loadMs / 1000)} s).`
    )
    log('Copying it for this run (measures may write)…')
    copyProfileInto(dataset, paths.runDir)
    mkdirSync(scratchDir, { recursive: true })
    // Bookings of the demo data whose time came since the cache was loaded count now: bring
    // those customers' figures up to date once, before any measure, rather than have the
    // app's pass at start do it while a measure runs.
    {
      const settling = await openBenchApp({ dataDir: paths.runDir, rendererDir: paths.rendererDir })
      try {
        await installBenchPage(settling.page)
        const applied = await settling.page.evaluate(() => window.__regularsBench.applyDueFigures())
        log(`Brought ${applied.customers.toLocaleString('en')} customers' figures up to date (bookings whose time came) in ${Math.round(applied.ms)} ms.`)
      } finally {
        await settling.close()
      }
    }

    for (const source of measureSources) {
      if (!sourceSelected(options, source)) continue
      const missing = missingFile(source)
      if (missing) {
        for (const name of source.names) rows.set(name, { name, status: 'not available yet' })
        log(`\n${source.names.join(', ')}: not available yet (tests/bench/${missing} ${missing === source.requires ? 'has not landed' : 'is not written yet'})`)
        continue
      }
      log(`\n${source.file}`)
      const moduleStarted = performance.now()
      const reported = new Set<string>()
      const context: BenchContext = {
        options,
        dataset,
        dataDir: paths.runDir,
        rendererDir: paths.rendererDir,
        scratchDir,
        runs: (defaultRuns) => options.runs ?? defaultRuns,
        selected: (name) => isSelected(options, name),
        record(figure: MeasureFigure) {
          if (!isSelected(options, figure.name)) return
          const result = toResult(figure)
          results[figure.name] = result
          rows.set(figure.name, { name: figure.name, result })
          reported.add(figure.name)
          const baseline = result.baseline ? `, baseline ${result.baseline.name} ${result.baseline.median_ms} ms (ratio ${result.ratio})` : ''
          const headline = result.value !== undefined ? `${result.value} ${result.unit}` : `median ${result.median_ms} ms, p95 ${result.p95_ms} ms, max ${result.max_ms} ms over ${result.runs} runs`
          log(`  ${figure.name}: ${headline}${baseline}${result.meets_target === false ? `  MISSES ${result.target}` : ''}`)
        },
        fail(name, error) {
          const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
          console.error(`  ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
          rows.set(name, { name, status: 'error', error: message })
          reported.add(name)
          failed = true
        },
        async openApp(openOptions = {}) {
          await closeApp()
          app = await openBenchApp({ dataDir: paths.runDir, rendererDir: paths.rendererDir, ...openOptions })
          await installBenchPage(app.page)
          return app
        },
        log: (message) => log(`  ${message}`)
      }
      try {
        const module = (await import(/* @vite-ignore */ join(benchDir, source.file))) as { bench?: BenchMeasures }
        if (!module.bench) throw new Error(`${source.file} does not export \`bench\` (see harness/measure-api.ts)`)
        const running = module.bench.run(context)
        // A measure stuck waiting for something that never shows must not hold the run for its own long timeouts.
        running.catch(() => undefined)
        await withinTime(running, moduleTimeLimitMs(options, source), source.file)
        for (const name of source.names) {
          if (!name.endsWith('*') && !reported.has(name) && isSelected(options, name)) rows.set(name, { name, status: 'error', error: 'the module reported no figure' })
        }
      } catch (error) {
        await screenshotOnFailure(app, source.file)
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
        console.error(`  ${source.file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        for (const name of source.names) {
          const family = name.endsWith('*') && [...reported].some((done) => done.startsWith(name.slice(0, -1)))
          if (!reported.has(name) && !family && isSelected(options, name.replace(/\*$/, ''))) rows.set(name, { name, status: 'error', error: message })
        }
        failed = true
      } finally {
        await closeApp()
        durations[source.file] = Math.round((performance.now() - moduleStarted) / 100) / 10
        log(`  (${source.file}: ${durations[source.file]} s)`)
      }
      if ([...rows.values()].some((row) => row.status === 'error')) failed = true
    }
  } catch (error) {
    console.error(`The benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    failed = true
  } finally {
    await closeApp()
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
    rmSync(paths.runDir, { recursive: true, force: true })
  }

  const minutes = (performance.now() - started) / 60_000
  console.log(`\nResults (${options.customers.toLocaleString('en')} customers / ${options.orders.toLocaleString('en')} orders, ${minutes.toFixed(1)} min, load average at start ${load}):\n`)
  console.log(formatTable([...rows.values()]))
  const notes = Object.entries(results).filter(([, result]) => result.note)
  if (notes.length > 0) console.log(`\n${notes.map(([name, result]) => `${name}: ${result.note}`).join('\n')}`)

  const resultsFile = options.resultsFile ?? (options.smoke ? undefined : defaultResultsFile)
  if (resultsFile && dataset) {
    const status = git(['status', '--porcelain'])
    const document = {
      date: startedAt.toISOString(),
      commit: git(['rev-parse', 'HEAD']),
      uncommitted_changes: status !== '',
      duration_min: Math.round(minutes * 10) / 10,
      dataset: {
        customers: dataset.customers,
        orders: dataset.orders,
        seed: dataset.seed,
        schema_version: dataset.schemaVersion,
        source_hash: dataset.sourceHash,
        demo_now: new Date(dataset.demoNow).toISOString(),
        cache: dataset.loadedNow ? 'cold (loaded in this run)' : 'warm',
        cache_loaded_at: dataset.loadedAt,
        load_s: Math.round(dataset.loadMs / 100) / 10
      },
      environment: {
        chromium: chromiumVersion(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpus: `${cpus().length} × ${cpus()[0]?.model ?? ''}`.trim(),
        load_average_at_start: load
      },
      module_durations_s: durations,
      measures: results,
      not_available_yet: [...rows.values()].filter((row) => row.status === 'not available yet').map((row) => row.name),
      errors: Object.fromEntries([...rows.values()].filter((row) => row.status === 'error').map((row) => [row.name, row.error ?? '']))
    }
    writeFileSync(resultsFile, `${JSON.stringify(document, null, 2)}\n`)
    console.log(`\nWritten to ${resultsFile}`)
  }
  if (failed) console.error('\nSome measures failed (see ERROR above).')
  return failed ? 1 : 0
}
