import { nodeSuiteConfig } from '../../suite-config'

// The benchmark harness's own tests (statistics, table, options) and the smoke run that
// `npm test` uses to prove `npm run bench` still works (it asserts nothing about speed).
//   npx vitest run --config tests/bench/harness/vitest.config.ts
export default nodeSuiteConfig({
  include: ['tests/bench/harness/**/*.test.ts'],
  fileParallelism: false,
  testTimeout: 30 * 60_000,
  hookTimeout: 60_000
})
