import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where `electron-vite build` leaves the bundles these tests start. */
export const repositoryRoot = resolve(import.meta.dirname, '../..')
export const mainBundle = join(repositoryRoot, 'out/main/index.js')
export const preloadBundle = join(repositoryRoot, 'out/preload/index.cjs')

export function requireBuilt(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx electron-vite build\` first (npm test does)`)
  return path
}
