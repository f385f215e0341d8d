import type { IncomingMessage, ServerResponse } from 'node:http'
import { API_PREFIX } from '@secure-base/content'
import { header } from '../lib/node-http'
import { cachedAgencyOrigins, knownServerURL, readCached } from './cache'
import { corsHeaders } from './cors'
import { replyFor, segmentsBelow } from './reply'
import { parseDeliveryRequest } from './request'

/**
 * Answers a delivery request straight from the in-memory cache, before Next.js routes it, and
 * returns false for anything it cannot answer alone (a miss, an error, a CORS check whose agency
 * list is not loaded yet, another method); Next then runs the route handler, which fills the cache.
 * The cache is shared through globalThis, so this works when Next runs in the same process.
 */
export const serveFromDeliveryCache = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const raw = req.url ?? ''
  if (!raw.startsWith(`${API_PREFIX}/`)) return false
  const serverURL = knownServerURL()
  if (serverURL === undefined) return false

  const queryAt = raw.indexOf('?')
  const pathname = queryAt === -1 ? raw : raw.slice(0, queryAt)
  const search = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1))
  let key: string
  try {
    const origin = serverURL || `http://${header(req, 'host') ?? ''}`
    key = parseDeliveryRequest(segmentsBelow(API_PREFIX, pathname), search, origin).key
  } catch {
    return false
  }
  const entry = readCached(key)
  if (!entry) return false

  const requestOrigin = header(req, 'origin')
  let cors: Record<string, string> = {}
  if (requestOrigin) {
    const allowed = cachedAgencyOrigins()
    if (!allowed) return false
    cors = corsHeaders(requestOrigin, allowed)
  }
  const reply = replyFor(
    entry,
    cors,
    header(req, 'if-none-match'),
    req.method === 'HEAD',
    header(req, 'accept-encoding'),
  )
  res.writeHead(reply.status, reply.headers)
  res.end(reply.body ?? undefined)
  return true
}
