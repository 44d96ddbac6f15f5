import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Startup tests: the built bundles (out/main, out/preload) against stand-ins for Electron.
// They need `electron-vite build` first; tests/run-all.mjs runs them after the build.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, '../../shared'),
      '@renderer': resolve(import.meta.dirname, '../../renderer/src')
    }
  },
  test: {
    include: ['tests/startup/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000
  }
})
