import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'
import { pathAliases, projectRoot } from '../../build/path-aliases'

/**
 * Test and benchmark helpers run inside the app's page (the test bridge, the db probe, the
 * benchmark's page helpers…): each is an entry file that vite bundles into one iife script,
 * which the caller evaluates in the page or adds as an init script — so nothing of it ships
 * in the app and the app's CSP stays as it is.
 */

export interface PageBundle {
  code: string
  /** The entry's CSS in one piece ('' for entries without styles). */
  css: string
}

export interface PageBundleOptions {
  /** The entry imports .vue components: compile them, with Vue's production build. */
  vue?: boolean
}

// One build per entry for the whole process: every test file and benchmark part reuses it.
const bundles = new Map<string, Promise<PageBundle>>()

/** `entry` (a path from the project root) bundled into one iife script, exposed as the global `name`, with its CSS. */
export function pageBundle(entry: string, name: string, options: PageBundleOptions = {}): Promise<PageBundle> {
  let bundle = bundles.get(entry)
  if (!bundle) {
    bundle = buildPageBundle(entry, name, options)
    bundles.set(entry, bundle)
  }
  return bundle
}

/** `entry` (a path from the project root) bundled into one iife script, exposed as the global `name`. */
export async function pageScript(entry: string, name: string): Promise<string> {
  return (await pageBundle(entry, name)).code
}

async function buildPageBundle(entry: string, name: string, options: PageBundleOptions): Promise<PageBundle> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: projectRoot,
    plugins: options.vue ? [vue()] : [],
    // A library build leaves process.env.NODE_ENV to its consumer; the page has no `process`.
    define: options.vue ? { 'process.env.NODE_ENV': '"production"' } : {},
    resolve: { alias: pathAliases },
    build: {
      write: false,
      minify: false,
      cssCodeSplit: false,
      lib: { entry: resolve(projectRoot, entry), formats: ['iife'], name }
    }
  })
  let code = ''
  let css = ''
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue
    for (const item of result.output) {
      if (item.type === 'chunk') code += item.code
      else if (item.fileName.endsWith('.css')) css += String(item.source)
    }
  }
  if (!code) throw new Error(`The page script ${entry} did not build`)
  return { code, css }
}
