/**
 * localStorage that never throws. Storage can be switched off (privacy settings, sandboxed
 * iframes), full, or missing; in each case the widget keeps working from memory and says so,
 * so a visitor is not surprised that their answers were not kept.
 */

export type StorageNotice = 'unavailable' | 'full' | null

const probe = (): Storage | null => {
  try {
    const storage = globalThis.localStorage
    const key = '__secure-base-probe__'
    storage.setItem(key, key)
    storage.removeItem(key)
    return storage
  } catch {
    return null
  }
}

export class SafeStorage {
  private readonly inMemory = new Map<string, string>()
  private backend: Storage | null
  /** Why answers are only being kept in memory, if they are. */
  notice: StorageNotice

  constructor(backend: Storage | null = probe()) {
    this.backend = backend
    this.notice = backend ? null : 'unavailable'
  }

  get persistent(): boolean {
    return this.backend !== null
  }

  get(key: string): string | null {
    if (this.inMemory.has(key)) return this.inMemory.get(key) ?? null
    try {
      return this.backend?.getItem(key) ?? null
    } catch {
      return null
    }
  }

  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean {
    if (this.backend) {
      try {
        this.backend.setItem(key, value)
        this.inMemory.delete(key)
        return true
      } catch (error) {
        const full = error instanceof DOMException && /quota/i.test(error.name)
        this.notice = full ? 'full' : 'unavailable'
        if (!full) this.backend = null
      }
    }
    this.inMemory.set(key, value)
    return false
  }

  remove(key: string): void {
    this.inMemory.delete(key)
    try {
      this.backend?.removeItem(key)
    } catch {
      // Nothing to undo: the value was never stored there.
    }
  }
}
