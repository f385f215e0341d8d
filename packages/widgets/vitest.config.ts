import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { commands } from './src/test-server/commands.js'

// Vitest's reporter calls Map.groupBy when it prints failures; Node 20 lacks it, and the crash would hide the failure.
const mapWithGroupBy = Map as MapConstructor & { groupBy?: unknown }
mapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> => {
  const groups = new Map<K, V[]>()
  let index = 0
  for (const item of items) {
    const k = key(item, index++)
    groups.set(k, [...(groups.get(k) ?? []), item])
  }
  return groups
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/test-server/global-setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      commands,
      provider: playwright({
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
