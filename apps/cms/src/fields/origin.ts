import type { FieldHook } from 'payload'
import { normalizeOrigin } from '../delivery/cors'

/**
 * Saves an allowed origin in the one form browsers send (`HTTP://LOCALHOST:4000/` becomes
 * `http://localhost:4000`): lower case, default port dropped, no trailing slash. Anything with a
 * path, query, fragment or credentials is left as written for validateOrigin to explain.
 */
export const normalizeOriginOnSave: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return value
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password && !/[?#]/.test(value)
  return bare ? (normalizeOrigin(url.href) ?? value) : value
}

/**
 * An allowed origin must be exactly what a browser sends in its Origin header, or CORS
 * matching would silently fail: scheme, host and an optional port, nothing else.
 */
export const validateOrigin = (value: unknown): true | string => {
  if (typeof value !== 'string' || value.trim() === '')
    return 'An origin is required, e.g. https://fostering.example.org.'
  const hint = `"${value}" is not a bare website origin: write the scheme and host only (and a port if needed), e.g. https://fostering.example.org or http://localhost:4000, with no path or trailing slash.`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return hint
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return hint
  return url.origin === value ? true : hint
}

export const validateHttpUrl = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'A link must be text.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message below
  }
  return `"${value}" is not a web address: it must start with https:// or http://.`
}
