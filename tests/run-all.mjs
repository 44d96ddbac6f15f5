// `npm test`: every suite in order — type-checks, lint, unit tests, the Electron security
// scan, then a build, the startup tests of the built bundles, the end-to-end tests in
// Chromium and the benchmark smoke run. Each suite runs even when an earlier one failed, so
// one run shows everything.
// The last line sums all suites: "N passed, N failed".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules/.bin', name)
const reportDir = mkdtempSync(join(tmpdir(), 'regulars-test-'))

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } })
  return result.status === 0
}

/** A check that passes or fails as a whole (type-check, lint, security scan). */
function check(name, command, args) {
  console.log(`\n=== ${name}`)
  const ok = run(command, args)
  console.log(`=== ${name}: ${ok ? 'passed' : 'FAILED'}`)
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 }
}

/** A vitest suite: counts its tests from the JSON report. */
function vitest(name, args) {
  console.log(`\n=== ${name}`)
  const report = join(reportDir, `${name.replace(/\W+/g, '-')}.json`)
  const ok = run(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`])
  if (!existsSync(report)) {
    console.log(`=== ${name}: FAILED (no report)`)
    return { name, passed: 0, failed: 1 }
  }
  const { numPassedTests, numFailedTests, numTotalTests, testResults } = JSON.parse(readFileSync(report, 'utf8'))
  // A suite that exits non-zero with no failed test (a file that did not load) still counts as a failure.
  const failed = numFailedTests + (!ok && numFailedTests === 0 ? 1 : 0) + (numTotalTests === 0 ? 1 : 0)
  console.log(`=== ${name}: ${numPassedTests} passed, ${failed} failed`)
  return { name, passed: numPassedTests, failed, failures: failuresIn(testResults ?? []), secondTries: secondTriesIn(testResults ?? []) }
}

/** Each failed test as "file › title: first line of its error", so the summary's tail says what broke. */
function failuresIn(fileResults) {
  const lines = []
  for (const file of fileResults) {
    const path = relative(root, file.name)
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed')
    for (const test of failedTests) lines.push(`${path} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    // A file that failed to load has no failed test of its own; its message says why.
    if (file.status === 'failed' && failedTests.length === 0) lines.push(`${path}: ${firstLine(file.message)}`)
  }
  return lines
}

/** Tests that failed and then passed when retried (a passed test keeps its earlier attempts' errors): named, never hidden. */
function secondTriesIn(fileResults) {
  return fileResults.flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((t) => t.status === 'passed' && (t.failureMessages?.length ?? 0) > 0)
      .map((t) => `${relative(root, file.name)} › ${t.fullName}: first try ${firstLine(t.failureMessages[0])}`)
  )
}

function firstLine(message) {
  return String(message ?? '').split('\n')[0].slice(0, 300)
}

const results = [
  check('type-check (main, preload, shared, tests)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']),
  check('type-check (renderer)', bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.web.json']),
  check('lint', bin('eslint'), ['.']),
  vitest('unit', []),
  check('electron security scan', process.execPath, ['tests/security/electronegativity.mjs']),
  check('build', bin('electron-vite'), ['build'])
]
const built = results.at(-1).failed === 0
// The built main and preload bundles, started against stand-ins for Electron (its binary cannot run here).
if (built) results.push(vitest('startup (built bundles)', ['--config', 'tests/startup/vitest.config.ts']))
else results.push({ name: 'startup (built bundles)', passed: 0, failed: 1 })
if (built) results.push(vitest('e2e', ['--config', 'tests/e2e/vitest.config.ts']))
else results.push({ name: 'e2e', passed: 0, failed: 1 })
// The benchmark harness's tests and its smoke run (10 000 customers, each measure once): proves
// `npm run bench` works; asserts nothing about speed.
if (built) results.push(vitest('benchmark smoke', ['--config', 'tests/bench/harness/vitest.config.ts']))
else results.push({ name: 'benchmark smoke', passed: 0, failed: 1 })

rmSync(reportDir, { recursive: true, force: true })
console.log('\nSummary')
for (const r of results) console.log(`  ${r.name.padEnd(44)} ${r.passed} passed, ${r.failed} failed`)
const listed = (key) => results.flatMap((r) => (r[key] ?? []).map((line) => `  ${r.name}: ${line}`))
const secondTries = listed('secondTries')
if (secondTries.length > 0) console.log(`\nPassed only on a second try (unstable: look into each)\n${secondTries.join('\n')}`)
const failures = listed('failures')
if (failures.length > 0) console.log(`\nFailed\n${failures.join('\n')}`)
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
