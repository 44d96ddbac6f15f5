import { nodeSuiteConfig } from '../suite-config'

// End-to-end tests: the built renderer in Debian's Chromium through the test host.
// One file at a time: each launches a browser, and these machines have two cores.
export default nodeSuiteConfig({
  include: ['tests/e2e/**/*.e2e.ts'],
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // expect.poll waits for what a user waits for (a file on the stick, a refreshed list);
  // its default second is too short on a loaded 2-core machine.
  expect: { poll: { timeout: 15_000, interval: 100 } }
})
