import { chooseEncoding } from '../lib/content-coding'
import { wholeNumberSetting } from '../lib/runtime'
import type { CachedResponse } from './cache'

/**
 * Browsers may keep a copy but must ask every time (a 304 when nothing changed), so a publish
 * shows on the next load. Behind a CDN, SECURE_BASE_CDN_MAX_AGE (seconds) lets the CDN answer
 * for that long without asking, keep answering while it revalidates for as long again, and for
 * a day if the CMS is down; a publish then reaches visitors within that many seconds.
 */
export const cacheControlFor = (env: Readonly<Record<string, string | undefined>> = process.env): string => {
  const seconds = wholeNumberSetting(env, 'SECURE_BASE_CDN_MAX_AGE', {
    fallback: 0,
    min: 0,
    max: 86_400,
    meaning: 'how many seconds a CDN may answer without asking',
  })
  if (seconds === 0) return 'public, max-age=0, must-revalidate'
  return `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds}, stale-if-error=86400`
}

export const CACHE_OK = cacheControlFor()
export const ALLOW = 'GET, HEAD, OPTIONS'

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): a `W/` prefix still matches our strong tag. */
export const matchesEtag = (header: string | null | undefined, etag: string): boolean =>
  typeof header === 'string' &&
  header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t === etag || t === `W/${etag}`
  })

export interface Reply {
  status: number
  headers: Record<string, string>
  body: Uint8Array<ArrayBuffer> | null
}

/** Every delivery answer depends on the caller's origin (CORS) and on the codings it accepts. */
export const VARY = 'Origin, Accept-Encoding'

/**
 * The status, headers and body for a cached response, shared by the fetch-style handler and the
 * Node fast path so both answer byte for byte alike. With `acceptEncoding` (what the request's
 * `Accept-Encoding` says), the best compressed copy it allows is sent with its own ETag; without
 * it, the body as it is (the Next route: Next drops a handler's Content-Encoding and compresses by
 * itself).
 */
export const replyFor = (
  entry: CachedResponse,
  cors: Record<string, string>,
  ifNoneMatch: string | null | undefined,
  head: boolean,
  acceptEncoding?: string | null,
): Reply => {
  const encoded = chooseEncoding(acceptEncoding, entry.encoded)
  const chosen = encoded ?? entry
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': entry.status === 200 ? CACHE_OK : 'no-store',
    Vary: VARY,
    'X-Content-Type-Options': 'nosniff',
    ...cors,
  }
  if (entry.status === 200) {
    // Every coding decodes to the same JSON, so a copy held in any of them is still current (the weak
    // comparison If-None-Match uses). The 304 names the tag the cache holds, keeping its stored metadata true.
    const held = [chosen.etag, entry.etag, ...entry.encoded.map((copy) => copy.etag)].find((tag) =>
      matchesEtag(ifNoneMatch, tag),
    )
    headers.ETag = held ?? chosen.etag
    if (held) {
      delete headers['Content-Type']
      return { status: 304, headers, body: null }
    }
  }
  if (encoded) headers['Content-Encoding'] = encoded.coding
  headers['Content-Length'] = String(chosen.body.byteLength)
  return { status: entry.status, headers, body: head ? null : chosen.body }
}

/** Splits the path below the API prefix into segments; anything outside the prefix becomes unroutable. */
export const segmentsBelow = (prefix: string, pathname: string): string[] => {
  const below = pathname.slice(prefix.length)
  return pathname.startsWith(prefix) && (below === '' || below.startsWith('/')) ? below.split('/') : ['']
}
