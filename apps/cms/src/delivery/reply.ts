import type { CachedResponse } from './cache'

// Browsers and CDNs may keep a copy but must ask every time, so a publish shows on the next load.
export const CACHE_OK = 'public, max-age=0, must-revalidate'
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
  body: Uint8Array | null
}

/**
 * The status, headers and body for a cached response, shared by the fetch-style handler and the
 * Node fast path so both answer byte for byte alike.
 */
export const replyFor = (
  entry: CachedResponse,
  cors: Record<string, string>,
  ifNoneMatch: string | null | undefined,
  head: boolean,
): Reply => {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': entry.status === 200 ? CACHE_OK : 'no-store',
    Vary: 'Origin',
    'X-Content-Type-Options': 'nosniff',
    ...cors,
  }
  if (entry.status === 200) {
    headers.ETag = entry.etag
    if (matchesEtag(ifNoneMatch, entry.etag)) {
      delete headers['Content-Type']
      return { status: 304, headers, body: null }
    }
  }
  headers['Content-Length'] = String(entry.body.byteLength)
  return { status: entry.status, headers, body: head ? null : entry.body }
}

/** Splits the path below the API prefix into segments; anything outside the prefix becomes unroutable. */
export const segmentsBelow = (prefix: string, pathname: string): string[] => {
  const below = pathname.slice(prefix.length)
  return pathname.startsWith(prefix) && (below === '' || below.startsWith('/')) ? below.split('/') : ['']
}
