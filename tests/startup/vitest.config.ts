import { nodeSuiteConfig } from '../suite-config'

// Startup tests: the built bundles (out/main, out/preload) against stand-ins for Electron.
// They need `electron-vite build` first; tests/run-all.mjs runs them after the build.
export default nodeSuiteConfig({
  include: ['tests/startup/**/*.test.ts'],
  testTimeout: 60_000
})
