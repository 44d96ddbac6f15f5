// Run by tests/bench/run.mjs under the shared build lock (flock /tmp/regulars-build.lock):
// builds the app when out/renderer is older than its sources, then copies out/renderer to
// the folder given as the first argument, so the benchmark serves one fixed build even when
// another engineer rebuilds out/ during the run.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../../..')
const target = process.argv[2]
if (!target) throw new Error('usage: renderer-snapshot.mjs <target folder> [--no-build]')

// What the renderer bundle is built from. Tests and the benchmark's own page script are not in it.
const sources = ['renderer', 'shared', 'electron.vite.config.ts']
const notInBuild = (path) => /\.test\.ts$/.test(path) || path.includes(`${join('renderer', 'src', 'bench')}`)

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return notInBuild(path) ? 0 : stat.mtimeMs
  let newest = 0
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

const builtIndex = join(root, 'out/renderer/index.html')
const sourcesTime = Math.max(...sources.map((source) => newestMtime(join(root, source))))
const builtTime = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0
if (builtTime < sourcesTime && process.argv.includes('--no-build')) {
  console.error('out/renderer is older than its sources and the build lock is busy: run the benchmark again later.')
  process.exit(1)
} else if (builtTime < sourcesTime) {
  console.log(builtTime === 0 ? 'Building the app (no build in out/)…' : 'Building the app (out/renderer is older than its sources)…')
  const result = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('The build failed: the benchmark needs a working build of the renderer.')
    process.exit(1)
  }
} else {
  console.log('The build in out/ is current.')
}
rmSync(target, { recursive: true, force: true })
cpSync(join(root, 'out/renderer'), target, { recursive: true })
