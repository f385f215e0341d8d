/**
 * Fixed-window counters held in this process's memory: limits are per CMS instance, and a restart
 * clears them. They live on globalThis because Next.js may evaluate a module once per bundle, and
 * every copy must count into the same windows.
 */

interface Window {
  start: number
  count: number
}

export interface WindowCounter {
  /** Counts one event for `key` and says whether it stayed within the limit. */
  hit: (key: string) => LimitResult
  /** Whether `key` is already over the limit, without counting anything. */
  check: (key: string) => LimitResult
}

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Far more keys than honest traffic makes; past it the oldest windows go first. */
const MAX_KEYS = 10_000

declare global {
  // One registry per process, even where the server and Next's route bundles each load this module.
  var secureBaseRateLimits: Map<string, Map<string, Window>> | undefined
}

const registry = (): Map<string, Map<string, Window>> => (globalThis.secureBaseRateLimits ??= new Map())

export const createWindowCounter = (
  name: string,
  { limit, windowMs, now = Date.now }: { limit: number; windowMs: number; now?: () => number },
): WindowCounter => {
  const all = registry()
  if (!all.has(name)) all.set(name, new Map())
  const windows = all.get(name)!

  const current = (key: string): Window | undefined => {
    const window = windows.get(key)
    if (window && now() - window.start >= windowMs) {
      windows.delete(key)
      return undefined
    }
    return window
  }
  const verdict = (window: Window | undefined): LimitResult =>
    !window || window.count <= limit
      ? { allowed: true }
      : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now()) / 1000)) }

  return {
    hit: (key) => {
      let window = current(key)
      if (!window) {
        if (windows.size >= MAX_KEYS) windows.delete(windows.keys().next().value!)
        window = { start: now(), count: 0 }
        windows.set(key, window)
      }
      window.count += 1
      return verdict(window)
    },
    // "Over the limit" for a check means the next event would exceed it.
    check: (key) => {
      const window = current(key)
      return window && window.count >= limit ? verdict({ ...window, count: window.count + 1 }) : { allowed: true }
    },
  }
}
