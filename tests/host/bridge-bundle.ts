import { resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../..')
let cached: Promise<string> | undefined

/** The test bridge (bridge-entry.ts) bundled into one script for page.addInitScript. */
export function bridgeBundle(): Promise<string> {
  cached ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      resolve: { alias: { '@shared': resolve(root, 'shared') } },
      build: {
        write: false,
        minify: false,
        lib: { entry: resolve(import.meta.dirname, 'bridge-entry.ts'), formats: ['iife'], name: 'regularsTestBridge' }
      }
    })
    const results = Array.isArray(output) ? output : [output]
    for (const result of results) {
      if ('output' in result) {
        const chunk = result.output.find((item) => item.type === 'chunk')
        if (chunk && 'code' in chunk) return chunk.code
      }
    }
    throw new Error('The test bridge did not build')
  })()
  return cached
}
