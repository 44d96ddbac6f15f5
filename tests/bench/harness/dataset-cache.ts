import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { datasetSourceFiles, datasetSourceHash } from './source-hash'
import { holdLock, isAlive } from './lock'

/**
 * The benchmark's database cache: demo data of one size and seed, loaded once into a Chromium
 * profile under tests/bench/cache/<customers>x<orders>-<seed>-v<schema>-<source hash>/ (git
 * ignores the folder). A change to the schema or to any source that decides what the loader
 * writes (generator, metrics, tokens…) changes the folder name, so the next run loads afresh
 * and the stale folders of that size are removed. `dataset.json` is written last: a folder
 * without it is an interrupted load and is loaded again. Measures never write to the cache:
 * each run works on a copy (workingCopy).
 */

export const cacheRoot = resolve(import.meta.dirname, '../cache')
const repoRoot = resolve(import.meta.dirname, '../../..')
/** "Today" of the demo data: fixed, so the same seed gives the same database on every run. */
export const DEMO_NOW = Date.UTC(2026, 10, 22, 12)

export interface DatasetSpec {
  customers: number
  orders: number
  seed: number
}

export interface Dataset extends DatasetSpec {
  key: string
  dir: string
  /** The Chromium profile holding the IndexedDB database (launchApp's dataDir is `dir`). */
  schemaVersion: number
  sourceHash: string
  demoNow: number
  /** The demo loader's own time for this dataset, when the cache was built. */
  loadMs: number
  loadedAt: string
  /** IndexedDB folder size right after the load (bytes). */
  indexedDbBytes: number
  /** True when this run loaded it (a cold cache). */
  loadedNow: boolean
}

/** The schema version the data layer declares (read from its source: tests cannot import renderer code). */
export function schemaVersion(): number {
  const text = readFileSync(join(repoRoot, 'renderer/src/db/schema.ts'), 'utf8')
  const match = /export const CURRENT_VERSION\s*=\s*(\d+)/.exec(text)
  if (!match) throw new Error('CURRENT_VERSION not found in renderer/src/db/schema.ts')
  return Number(match[1])
}

let sourceHashOfThisRun: string | undefined

export function datasetKey(spec: DatasetSpec): { key: string; schemaVersion: number; sourceHash: string } {
  const version = schemaVersion()
  // Computed once a run: a source edited by someone else mid-run must not move the folder.
  const sourceHash = (sourceHashOfThisRun ??= datasetSourceHash())
  return { key: `${spec.customers}x${spec.orders}-${spec.seed}-v${version}-${sourceHash}`, schemaVersion: version, sourceHash }
}

const keyPattern = /^(\d+x\d+-\d+)-v\d+-[0-9a-f]{10}$/

/** Bytes of a profile's IndexedDB folder on disk. */
export function indexedDbBytes(profileParent: string): number {
  const base = join(profileParent, 'chromium-profile', 'Default', 'IndexedDB')
  if (!existsSync(base)) return 0
  return Number(execFileSync('du', ['-sb', base], { encoding: 'utf8' }).split('\t')[0])
}

export function readCachedDataset(spec: DatasetSpec): Dataset | null {
  const { key } = datasetKey(spec)
  const file = join(cacheRoot, key, 'dataset.json')
  if (!existsSync(file)) return null
  return { ...(JSON.parse(readFileSync(file, 'utf8')) as Dataset), dir: join(cacheRoot, key), loadedNow: false }
}

export type DatasetLoader = (dir: string, spec: DatasetSpec & { now: number }) => Promise<{ loadMs: number }>

/**
 * The cached dataset of this size, loading it with `load` when there is none. Holds a lock
 * on the folder so two benchmark runs never load the same dataset at once.
 */
export async function ensureDataset(spec: DatasetSpec, load: DatasetLoader, log: (message: string) => void): Promise<Dataset> {
  mkdirSync(cacheRoot, { recursive: true })
  const { key, schemaVersion, sourceHash } = datasetKey(spec)
  const dir = join(cacheRoot, key)
  return holdLock(join(cacheRoot, `${key}.lock`), log, async () => {
    const cached = readCachedDataset(spec)
    if (cached) return cached
    removeStaleDatasets(key, log)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    log(`No cached database for ${key}: loading demo data (from ${datasetSourceFiles().length} source files; this takes a while once)`)
    const size: DatasetSpec = { customers: spec.customers, orders: spec.orders, seed: spec.seed }
    const { loadMs } = await load(dir, { ...size, now: DEMO_NOW })
    const dataset: Dataset = {
      ...size,
      key,
      dir,
      schemaVersion,
      sourceHash,
      demoNow: DEMO_NOW,
      loadMs,
      loadedAt: new Date().toISOString(),
      indexedDbBytes: indexedDbBytes(dir),
      loadedNow: true
    }
    // The folder's own path and "loaded now" belong to this run, not to the cache.
    const { dir: _dir, loadedNow: _loadedNow, ...stored } = dataset
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(stored, null, 2))
    return dataset
  })
}

/** Older versions of the same size and seed (another schema or generator): no use any more. */
function removeStaleDatasets(currentKey: string, log: (message: string) => void): void {
  const sizeAndSeed = keyPattern.exec(currentKey)?.[1]
  for (const name of readdirSync(cacheRoot)) {
    const match = keyPattern.exec(name)
    if (!match || name === currentKey || match[1] !== sizeAndSeed) continue
    log(`Removing the stale cached database ${name} (schema or demo-data sources changed)`)
    rmSync(join(cacheRoot, name), { recursive: true, force: true })
  }
}

/**
 * This run's copy of the cached profile, in the run's own folder (tests/bench/cache/run-<pid>/,
 * made by run.mjs): measures may write (visits, imports) without spoiling the cache.
 */
export function copyProfileInto(dataset: Dataset, runDir: string): void {
  rmSync(join(runDir, 'chromium-profile'), { recursive: true, force: true })
  mkdirSync(runDir, { recursive: true })
  execFileSync('cp', ['-a', '--reflink=auto', join(dataset.dir, 'chromium-profile'), join(runDir, 'chromium-profile')])
}

/** Run folders left by runs that were killed. */
export function sweepAbandonedRuns(): void {
  for (const name of readdirSync(cacheRoot)) {
    const match = /^run-(\d+)$/.exec(name)
    if (match && Number(match[1]) !== process.pid && !isAlive(Number(match[1]))) rmSync(join(cacheRoot, name), { recursive: true, force: true })
  }
}
