import type { Payload } from 'payload'
import { agencyGeneration, cachedAgencyOrigins, storeAgencyOrigins } from './cache'

/** Scheme + host + port, lowercased, no trailing slash: the form browsers send in `Origin`. */
export const normalizeOrigin = (value: string): string | null => {
  try {
    const url = new URL(value.trim())
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin.toLowerCase()
  } catch {
    return null
  }
}

/**
 * Every origin any agency allows. Read server side with overrideAccess, since agencies are private to
 * their staff, and kept until an agency changes so that CORS costs no database read per request.
 */
export const allowedOrigins = async (payload: Payload): Promise<Set<string>> => {
  const cached = cachedAgencyOrigins()
  if (cached) return cached
  const generation = agencyGeneration()
  const result = await payload.find({
    collection: 'agencies',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { allowedOrigins: true },
  })
  const origins = new Set<string>()
  for (const agency of result.docs) {
    for (const row of agency.allowedOrigins ?? []) {
      const origin = normalizeOrigin(row.origin)
      if (origin) origins.add(origin)
    }
  }
  storeAgencyOrigins(origins, generation)
  return origins
}

const PREFLIGHT_MAX_AGE = '600'

/** CORS headers for a response to `origin`; none at all when no agency lists it. */
export const corsHeaders = (origin: string | null, allowed: Set<string>, preflight = false): Record<string, string> => {
  const normalized = origin ? normalizeOrigin(origin) : null
  if (!normalized || !allowed.has(normalized)) return {}
  const headers: Record<string, string> = {
    // The normalised form, which is what a browser sends: a header written any other way by a
    // non-browser client is not echoed back as written.
    'Access-Control-Allow-Origin': normalized,
    'Access-Control-Expose-Headers': 'ETag',
  }
  if (preflight) {
    headers['Access-Control-Allow-Methods'] = 'GET, HEAD, OPTIONS'
    headers['Access-Control-Allow-Headers'] = 'Accept, If-None-Match'
    headers['Access-Control-Max-Age'] = PREFLIGHT_MAX_AGE
  }
  return headers
}
