import { nodeSuiteConfig } from '../suite-config'

// End-to-end tests: the built renderer in Debian's Chromium through the test host.
// One file at a time: each launches a browser, and these machines have two cores.
export default nodeSuiteConfig({
  include: ['tests/e2e/**/*.e2e.ts'],
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // A browser on a loaded 2-core machine now and then misses a beat no user would notice; a
  // failed test runs once more (its own data folder made afresh). `npm test` names every test that needed the
  // second try, so an unstable one is seen and looked into, not hidden.
  retry: 1,
  // expect.poll waits for what a user waits for (a file on the stick, a refreshed list);
  // its default second is too short on a loaded 2-core machine.
  expect: { poll: { timeout: 15_000, interval: 100 } }
})
