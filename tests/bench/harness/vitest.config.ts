import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// The benchmark harness's own tests (statistics, table, options) and the smoke run that
// `npm test` uses to prove `npm run bench` still works (it asserts nothing about speed).
//   npx vitest run --config tests/bench/harness/vitest.config.ts
export default defineConfig({
  root: resolve(import.meta.dirname, '../../..'),
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, '../../../shared'),
      '@renderer': resolve(import.meta.dirname, '../../../renderer/src')
    }
  },
  test: {
    include: ['tests/bench/harness/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000
  }
})
