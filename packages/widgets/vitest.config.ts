import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { chromiumLaunchOptions, installMapGroupBy } from '@secure-base/test-support'
import { commands } from './src/test-server/commands.js'

installMapGroupBy()

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The JSON report feeds the root test script's total.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    globalSetup: ['./src/test-server/global-setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      commands,
      provider: playwright({
        launchOptions: chromiumLaunchOptions(),
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
