import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh folder for one test's browser profile and files; removed by the returned function. */
export function makeTempDir(prefix = 'regulars-e2e-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export const artifactsDir = join(import.meta.dirname, '../artifacts')
