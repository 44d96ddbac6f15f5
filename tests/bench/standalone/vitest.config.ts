import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Measurements in real Chromium (not pass/fail tests): `npx vitest run --config tests/bench/standalone/vitest.config.ts`.
// They print their figures; the browser profiles they fill are kept under tests/bench/cache/.
export default defineConfig({
  root: resolve(import.meta.dirname, '../../..'),
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, '../../../shared'),
      '@renderer': resolve(import.meta.dirname, '../../../renderer/src')
    }
  },
  test: {
    include: ['tests/bench/standalone/*.measure.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 3 * 60 * 60_000,
    hookTimeout: 10 * 60_000
  }
})
