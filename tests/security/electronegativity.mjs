// Scans electron/ with @doyensec/electronegativity, offline, and fails on any HIGH or MEDIUM
// finding. A finding may only be silenced inline (`eng-disable CHECK — reason: …`), and every
// such comment must say why. Prints "security: N passed, N failed" for the test summary.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { createRequire } from 'node:module'

const root = join(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')
const outDir = mkdtempSync(join(tmpdir(), 'eng-'))
const csvFile = join(outDir, 'findings.csv')

// The release-list check downloads Electron's release notes; these machines are offline and
// the version is pinned in package.json, so it is the one check left out.
execFileSync(process.execPath, [cli, '-i', join(root, 'electron'), '-e', electronVersion, '-r', '-x', 'availablesecurityfixesglobalcheck', '-o', csvFile], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit']
})

const rows = readFileSync(csvFile, 'utf8').trim().split('\n').slice(1)
rmSync(outDir, { recursive: true, force: true })
const findings = rows.map((row) => {
  const [id, severity, confidence, file, location] = row.split(',').map((cell) => cell.replace(/^"|"$/g, ''))
  return { id, severity, confidence, file, location }
})
const blocking = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM')

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sourceFiles(path)
    else if (/\.(ts|js|html)$/.test(name)) yield path
  }
}
const unexplained = []
for (const file of sourceFiles(join(root, 'electron'))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (/eng-disable/.test(line) && !/reason:\s*\S.{10,}/.test(line)) unexplained.push(`${relative(root, file)}:${index + 1}`)
    })
}

console.log(`electronegativity ${electronVersion}: ${findings.length} finding(s), ${blocking.length} HIGH/MEDIUM`)
for (const finding of findings) console.log(`  ${finding.severity.padEnd(13)} ${finding.id} ${finding.file} ${finding.location}`)
for (const place of unexplained) console.log(`  eng-disable without a reason at ${place}`)
const failed = blocking.length + unexplained.length
console.log(`security: ${failed === 0 ? 1 : 0} passed, ${failed === 0 ? 0 : 1} failed`)
process.exit(failed === 0 ? 0 : 1)
