// `npm run bench` — the benchmark (tests/bench/README.md says what each figure means).
// This file only prepares: it builds the app if out/ is older than the sources (under the
// shared build lock) and snapshots the renderer build, then runs the TypeScript harness
// (harness/main.ts) through Vite's module runner, with the project's path aliases.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createServer, createServerModuleRunner } from 'vite'

const root = resolve(import.meta.dirname, '../..')
const argv = process.argv.slice(2)
const runDir = join(import.meta.dirname, 'cache', `run-${process.pid}`)
const rendererDir = join(runDir, 'renderer')

const LOCK_BUSY = 75
function snapshotRenderer() {
  const script = [process.execPath, join(import.meta.dirname, 'harness/renderer-snapshot.mjs'), rendererDir]
  const options = { cwd: root, stdio: 'inherit' }
  // Under the shared build lock, like every build here. If it stays busy (or a caller such as
  // `flock … npm test` already holds it), use out/ as it is, provided it is current.
  const locked = spawnSync('flock', ['-w', '300', '-E', String(LOCK_BUSY), '/tmp/regulars-build.lock', ...script], options)
  if (locked.status !== LOCK_BUSY) return locked.status
  console.log('The build lock stayed busy for 5 minutes: using out/ without it.')
  return spawnSync(script[0], [...script.slice(1), '--no-build'], options).status
}

if (!argv.includes('--help') && !argv.includes('-h')) {
  mkdirSync(runDir, { recursive: true })
  const status = snapshotRenderer()
  if (status !== 0) process.exit(status ?? 1)
}

const server = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  appType: 'custom',
  resolve: { alias: { '@shared': join(root, 'shared'), '@renderer': join(root, 'renderer/src') } },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null }
})
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false })
let exitCode = 1
try {
  const { runBench } = await runner.import(join(import.meta.dirname, 'harness/main.ts'))
  exitCode = await runBench(argv, { runDir, rendererDir })
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
} finally {
  await runner.close()
  await server.close()
}
process.exit(exitCode)
