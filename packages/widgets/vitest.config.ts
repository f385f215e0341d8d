import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { chromiumLaunchOptions, installMapGroupBy } from '@secure-base/test-support'
import { commands } from './src/test-server/commands.js'

installMapGroupBy()

export default defineConfig({
  // Pre-bundle every browser dependency up front: discovering one mid-run makes Vite reload the page and
  // abort the tests that were running.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'valibot',
      'axe-core',
      '@secure-base/content',
    ],
  },
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
