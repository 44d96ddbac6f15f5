import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { measureSources } from './registry'

/**
 * The benchmark's smoke run (part of `npm test`): `npm run bench -- --smoke` on 10 000
 * customers, each measure once. It proves the benchmark still works end to end — build check,
 * cached database, every landed measure — and fails when a measure throws. It says nothing
 * about speed.
 */
const root = resolve(import.meta.dirname, '../../..')

function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'tests/bench/run.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      output += chunk.toString()
      process.stdout.write(chunk)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, output }))
  })
}

it('runs every landed measure once on a small database without an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'regulars-bench-smoke-'))
  try {
    const resultsFile = join(dir, 'results.json')
    const { code, output } = await runBench(['--smoke', '--results', resultsFile])
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
      dataset: { customers: number }
      measures: Record<string, { median_ms?: number; value?: number }>
      not_available_yet: string[]
      errors: Record<string, string>
    }
    expect(results.errors).toEqual({})
    expect(code, output.slice(-3000)).toBe(0)
    expect(results.dataset.customers).toBe(10_000)
    // Every name the registry knows is either measured (a number) or honestly listed as missing.
    for (const source of measureSources) {
      for (const name of source.names) {
        if (name.endsWith('*')) continue
        const measured = results.measures[name]
        if (results.not_available_yet.includes(name)) expect(measured).toBeUndefined()
        else expect(typeof (measured?.median_ms ?? measured?.value), `${name} has a figure`).toBe('number')
      }
    }
    expect(Object.keys(results.measures).length).toBeGreaterThan(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
