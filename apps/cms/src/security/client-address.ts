import { trustedProxyHops } from '../lib/runtime'

// Read once, with the rest of the configuration, so that a wrong value stops the CMS at start
// instead of failing every login.
const configuredHops = trustedProxyHops()

/**
 * The address a request came from, for per-client limits.
 *
 * Next.js hands route handlers no socket; it records the socket's address in X-Forwarded-For when
 * the request carries none. With no trusted proxy that is the address used, and a client-supplied
 * header is never read past its last entry. Behind SECURE_BASE_TRUSTED_PROXY_HOPS proxies, each
 * appending the address it saw, the client is the entry that many places from the end: entries
 * further left were written by the client and prove nothing.
 */
export const clientAddress = (headers: Headers, hops: number = configuredHops): string => {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return 'unknown'
  return entries[Math.max(0, entries.length - Math.max(1, hops))]!.toLowerCase()
}
