import { randomBytes } from 'node:crypto'
import { defineConfig } from 'vitest/config'

// Vitest's reporter calls Map.groupBy when it prints a failure, which Node 20 lacks; without this
// a failing test would crash the reporter instead of explaining itself.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value: <T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> => {
      const groups = new Map<K, T[]>()
      let index = 0
      for (const item of items) {
        const k = key(item, index++)
        const group = groups.get(k)
        if (group) group.push(item)
        else groups.set(k, [item])
      }
      return groups
    },
  })
}

export default defineConfig({
  test: {
    include: ['tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    environment: 'node',
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
