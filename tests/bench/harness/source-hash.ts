import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'

/**
 * A hash of the source files that decide what the demo loader writes into IndexedDB: the
 * loader and schema and every file they import for its values (generator, metric rules,
 * search tokens, transliteration, phones…). Each file is hashed as the JavaScript it compiles
 * to, without comments: a new field in shared/domain/types.ts or a reworded comment does not
 * throw away a cached 200 000-customer database; a change to how tokens or metrics are
 * computed does. Imports used only as types disappear in the compiled code, so they are not
 * followed either.
 */

const root = resolve(import.meta.dirname, '../../..')
const aliases: Record<string, string> = { '@shared/': resolve(root, 'shared') + '/', '@renderer/': resolve(root, 'renderer/src') + '/' }

export const datasetSourceEntries = ['renderer/src/db/demo-loader.ts', 'renderer/src/db/schema.ts']

// `import … from '…'`, `export … from '…'` and `import '…'` in compiled code.
const importPattern = /(?:^|\n)\s*(?:import|export)\s+(?:[^'";]*?\s*from\s*)?['"]([^'"]+)['"]/g

function compiled(file: string): string {
  return ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true }
  }).outputText
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string | null = null
  if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  for (const [alias, target] of Object.entries(aliases)) if (specifier.startsWith(alias)) base = target + specifier.slice(alias.length)
  if (base === null) return null // a package: its version is not part of the key
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate
  return null
}

/** Each file reached from the entries through value imports (repository-relative) with its compiled code. */
function datasetSources(entries: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>()
  const queue = entries.map((entry) => resolve(root, entry))
  while (queue.length > 0) {
    const file = queue.pop()!
    const name = relative(root, file)
    if (sources.has(name)) continue
    const code = compiled(file)
    sources.set(name, code)
    for (const match of code.matchAll(importPattern)) {
      const target = resolveImport(file, match[1]!)
      if (target && !sources.has(relative(root, target))) queue.push(target)
    }
  }
  return sources
}

export function datasetSourceFiles(entries: readonly string[] = datasetSourceEntries): string[] {
  return [...datasetSources(entries).keys()].sort()
}

/** Short hash of those files' paths and compiled code. */
export function datasetSourceHash(entries: readonly string[] = datasetSourceEntries): string {
  const hash = createHash('sha256')
  const sources = datasetSources(entries)
  for (const name of [...sources.keys()].sort()) hash.update(name).update('\0').update(sources.get(name)!).update('\0')
  return hash.digest('hex').slice(0, 10)
}
