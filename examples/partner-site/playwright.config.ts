import { chromiumLaunchOptions } from '@secure-base/test-support'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests against real servers on loopback: the compiled production CMS (through the workspace's one launcher) on a fresh
 * SQLite file, and the partner page on other origins. The servers are started once per worker
 * (see tests/e2e/support/stack.ts) because one scenario stops and restarts the CMS.
 */
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // The JSON report feeds the root test script's total.
  reporter: [['list'], ['json', { outputFile: '.test-results/e2e.json' }]],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
})
