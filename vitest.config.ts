import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Unit tests sit next to the code. Dexie tests use fake-indexeddb; component tests opt into
// happy-dom with a `// @vitest-environment happy-dom` line. End-to-end tests have their own config.
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'shared'),
      '@renderer': resolve(import.meta.dirname, 'renderer/src')
    }
  },
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000
  }
})
