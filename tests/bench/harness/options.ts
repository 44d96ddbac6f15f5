/**
 * Command-line options of `npm run bench` (tests/bench/run.mjs passes process.argv on).
 *
 *   npm run bench                                  200 000 customers / 2 000 000 orders
 *   npm run bench -- --customers 20000 --orders 200000
 *   npm run bench -- --only search                 measures whose name starts with "search"
 *   npm run bench -- --only list.sort,card         several prefixes, comma-separated
 *   npm run bench -- --runs 3                      every measure 3 times (default: each measure's own)
 *   npm run bench -- --smoke                       10 000 customers, each measure once (npm test)
 *   npm run bench -- --results path.json           where results.json goes
 */

export interface BenchOptions {
  customers: number
  orders: number
  seed: number
  /** Measure-name prefixes to run; empty = all. */
  only: string[]
  /** Runs per measure, overriding each measure's default; undefined = the measure's own. */
  runs: number | undefined
  smoke: boolean
  /** Where the machine-readable results go. */
  resultsFile: string | undefined
  help: boolean
}

export const DEFAULT_SEED = 20_251_122
export const FULL_SIZE = { customers: 200_000, orders: 2_000_000 }
export const SMOKE_SIZE = { customers: 10_000, orders: 100_000 }

export const usage = `npm run bench -- [--customers N] [--orders N] [--seed N] [--only prefix[,prefix]] [--runs N] [--smoke] [--results file]
  --customers, --orders  dataset size (default 200000 / 2000000; --smoke: 10000 / 100000)
  --seed                 demo-data seed (default ${DEFAULT_SEED})
  --only                 run only measures whose name starts with one of the prefixes (e.g. search, list.sort)
  --runs                 runs per measure instead of each measure's default
  --smoke                small dataset, each measure once, fail on any error (used by npm test)
  --results              where to write the results (default tests/bench/results.json; smoke: not written unless given)`

function positiveInteger(flag: string, raw: string | undefined): number {
  const value = Number(raw)
  if (raw === undefined || !Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number ≥ 0, got ${raw ?? 'nothing'}\n${usage}`)
  return value
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { customers: NaN, orders: NaN, seed: DEFAULT_SEED, only: [], runs: undefined, smoke: false, resultsFile: undefined, help: false }
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split(/=(.*)/s, 2) as [string, string | undefined]
    const value = () => inline ?? argv[++index]
    switch (flag) {
      case '--customers': options.customers = positiveInteger(flag, value()); break
      case '--orders': options.orders = positiveInteger(flag, value()); break
      case '--seed': options.seed = positiveInteger(flag, value()); break
      case '--runs': options.runs = Math.max(1, positiveInteger(flag, value())); break
      case '--only': options.only.push(...(value() ?? '').split(',').map((prefix) => prefix.trim()).filter(Boolean)); break
      case '--smoke': options.smoke = true; break
      case '--results': options.resultsFile = value(); break
      case '--help': case '-h': options.help = true; break
      default: throw new Error(`Unknown option ${flag}\n${usage}`)
    }
  }
  const size = options.smoke ? SMOKE_SIZE : FULL_SIZE
  if (Number.isNaN(options.customers)) options.customers = size.customers
  // Ten orders a customer, like the target size, unless told otherwise.
  if (Number.isNaN(options.orders)) options.orders = Math.min(options.customers * 10, FULL_SIZE.orders)
  if (options.customers < 1) throw new Error(`--customers must be at least 1\n${usage}`)
  if (options.smoke) options.runs ??= 1
  return options
}

/** True when a measure named `name` is selected by the --only prefixes. */
export function isSelected(options: Pick<BenchOptions, 'only'>, name: string): boolean {
  return options.only.length === 0 || options.only.some((prefix) => name.startsWith(prefix))
}
