/**
 * Browser tests and benchmarks drive Debian's Chromium: test tools cannot download browsers of their
 * own on these machines, and a closed network makes Chromium's background services fail noisily.
 */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Playwright's `launchOptions` for that Chromium. */
export const chromiumLaunchOptions = (): { executablePath: string; args: string[] } => ({
  executablePath: chromiumPath,
  args: [...chromiumArgs],
})

/**
 * Vitest's reporter calls `Map.groupBy` when it prints failures. Node 20 lacks it, and the crash
 * would hide the failure it was printing, so test configs install this before they run.
 */
export const installMapGroupBy = (): void => {
  const map = Map as MapConstructor & { groupBy?: unknown }
  map.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> => {
    const groups = new Map<K, V[]>()
    let index = 0
    for (const item of items) {
      const k = key(item, index++)
      groups.set(k, [...(groups.get(k) ?? []), item])
    }
    return groups
  }
}
