import { defineConfig, type ViteUserConfig } from 'vitest/config'
import { pathAliases, projectRoot } from '../build/path-aliases'

type TestOptions = NonNullable<ViteUserConfig['test']>

/** A test suite run in Node from the repository's root with the app's import aliases. */
export function nodeSuiteConfig(test: TestOptions): ViteUserConfig {
  return defineConfig({
    root: projectRoot,
    resolve: { alias: pathAliases },
    test: { environment: 'node', ...test }
  })
}
