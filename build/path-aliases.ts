import { resolve } from 'node:path'

/** The repository's root folder, whichever config file asks. */
export const projectRoot = resolve(import.meta.dirname, '..')

/**
 * The import aliases of the app's source. The build (electron.vite.config.ts) and every test
 * suite's config take them from here, so a test resolves `@shared/…` exactly as the app does.
 */
export const pathAliases = {
  '@shared': resolve(projectRoot, 'shared'),
  '@renderer': resolve(projectRoot, 'renderer/src')
}
