/**
 * localStorage that never throws. Storage can be switched off (privacy settings, sandboxed
 * iframes), full, or missing; in each case the widget keeps working from memory and says so,
 * so a visitor is not surprised that their answers were not kept.
 */

export type StorageNotice = 'unavailable' | 'full' | null

const isQuotaError = (error: unknown) => error instanceof DOMException && /quota/i.test(error.name)

/** The page's localStorage, and why answers cannot be written to it, if they cannot. */
const probe = (): [Storage | null, StorageNotice] => {
  try {
    const storage = globalThis.localStorage
    const key = '__secure-base-probe__'
    storage.setItem(key, key)
    storage.removeItem(key)
    return [storage, null]
  } catch (error) {
    // Storage that is already full still holds the answers of earlier visits; only writing fails.
    if (isQuotaError(error)) return [globalThis.localStorage, 'full']
    return [null, 'unavailable']
  }
}

export class SafeStorage {
  private readonly __inMemory = new Map<string, string>()
  private __backend: Storage | null
  /** Why answers are only being kept in memory, if they are. */
  notice: StorageNotice

  /** `backend` is for tests: a given storage, or null for none; by default the page's localStorage is probed. */
  constructor(backend?: Storage | null) {
    const [found, notice] = backend === undefined ? probe() : [backend, backend ? null : ('unavailable' as const)]
    this.__backend = found
    this.notice = notice
  }

  get persistent(): boolean {
    return this.__backend !== null
  }

  get(key: string): string | null {
    if (this.__inMemory.has(key)) return this.__inMemory.get(key) ?? null
    try {
      return this.__backend?.getItem(key) ?? null
    } catch {
      return null
    }
  }

  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean {
    if (this.__backend) {
      try {
        this.__backend.setItem(key, value)
        this.__inMemory.delete(key)
        return true
      } catch (error) {
        const full = isQuotaError(error)
        this.notice = full ? 'full' : 'unavailable'
        if (!full) this.__backend = null
      }
    }
    this.__inMemory.set(key, value)
    return false
  }

  remove(key: string): void {
    this.__inMemory.delete(key)
    try {
      this.__backend?.removeItem(key)
    } catch {
      // Nothing to undo: the value was never stored there.
    }
  }
}
