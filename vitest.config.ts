import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { pathAliases } from './build/path-aliases'

// Unit tests sit next to the code. Dexie tests use fake-indexeddb; component tests opt into
// happy-dom with a `// @vitest-environment happy-dom` line. End-to-end tests have their own config.
export default defineConfig({
  plugins: [vue()],
  resolve: { alias: pathAliases },
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000
  }
})
