/**
 * The delivery cache: serialized published responses, as they are and compressed, keyed by the
 * normalized request.
 *
 * It lives on globalThis because Next.js may evaluate this module more than once (route handlers,
 * server actions and the Payload config can land in different bundles); every copy must see the same
 * entries, or a publish from the admin would not clear what the delivery route serves.
 */

import type { EncodedBody } from '../lib/content-coding'

export interface CachedResponse {
  status: number
  body: Uint8Array<ArrayBuffer>
  etag: string
  /**
   * The body compressed once, as it enters the cache, best coding first; each request then picks
   * the copy its `Accept-Encoding` allows. Empty for answers that are not compressed.
   */
  encoded: EncodedBody[]
}

interface DeliveryCacheState {
  entries: Map<string, CachedResponse>
  /** Bumped on every content change; a render that began under an older generation is not stored. */
  generation: number
  agencyOrigins: Set<string> | null
  /** Agencies change independently of content, and only CORS depends on them. */
  agencyGeneration: number
  /** The configured public server URL, once Payload has been loaded; part of some cache keys. */
  serverURL: string | undefined
}

declare global {
  var secureBaseDeliveryCache: DeliveryCacheState | undefined
}

/** Bounds memory if a client sprays distinct filter combinations; each entry is one small JSON body. */
const MAX_ENTRIES = 2000

const state = (): DeliveryCacheState =>
  (globalThis.secureBaseDeliveryCache ??= {
    entries: new Map(),
    generation: 0,
    agencyOrigins: null,
    agencyGeneration: 0,
    serverURL: undefined,
  })

export const cacheGeneration = (): number => state().generation

export const readCached = (key: string): CachedResponse | undefined => state().entries.get(key)

/** Stores a response unless content changed while it was being built. */
export const storeCached = (key: string, value: CachedResponse, builtUnder: number): void => {
  const s = state()
  if (s.generation !== builtUnder) return
  if (s.entries.size >= MAX_ENTRIES) {
    const oldest = s.entries.keys().next()
    if (!oldest.done) s.entries.delete(oldest.value)
  }
  s.entries.set(key, value)
}

export const invalidateContent = (): void => {
  const s = state()
  s.generation += 1
  s.entries.clear()
}

export const invalidateAgencies = (): void => {
  const s = state()
  s.agencyGeneration += 1
  s.agencyOrigins = null
}

export const cachedAgencyOrigins = (): Set<string> | null => state().agencyOrigins

export const agencyGeneration = (): number => state().agencyGeneration

export const storeAgencyOrigins = (origins: Set<string>, builtUnder: number): void => {
  const s = state()
  if (s.agencyGeneration === builtUnder) s.agencyOrigins = origins
}

export const knownServerURL = (): string | undefined => state().serverURL

export const rememberServerURL = (url: string): void => {
  state().serverURL = url
}
