import { resolve } from 'node:path'

/** The repository's root folder, whichever config file asks. */
export const projectRoot = resolve(import.meta.dirname, '..')

/**
 * The import aliases of the app's source, as electron.vite.config.ts declares them for the
 * build (which cannot import this file: electron-vite bundles its config into the project's
 * root, so `import.meta.dirname` here would name the wrong folder). Every test suite's config
 * and the test host's page bundler take them from here.
 */
export const pathAliases = {
  '@shared': resolve(projectRoot, 'shared'),
  '@renderer': resolve(projectRoot, 'renderer/src')
}
