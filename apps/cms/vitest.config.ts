import { randomBytes } from 'node:crypto'
import { defineConfig } from 'vitest/config'
import { installMapGroupBy } from '@secure-base/test-support'

installMapGroupBy()

export default defineConfig({
  test: {
    include: ['tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    environment: 'node',
    // The JSON report feeds the root test script's total.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    pool: 'forks',
    // Two cores: one for the CMS server, one for the tests.
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: {
      NODE_ENV: 'test',
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
})
