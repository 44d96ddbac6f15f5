import { nodeSuiteConfig } from '../../suite-config'

// Measurements in real Chromium (not pass/fail tests): `npx vitest run --config tests/bench/standalone/vitest.config.ts`.
// They print their figures; the browser profiles they fill are kept under tests/bench/cache/.
export default nodeSuiteConfig({
  include: ['tests/bench/standalone/*.measure.ts'],
  fileParallelism: false,
  testTimeout: 3 * 60 * 60_000,
  hookTimeout: 10 * 60_000
})
