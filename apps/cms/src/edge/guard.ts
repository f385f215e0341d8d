import type { IncomingHttpHeaders } from 'node:http'
import { API_PREFIX } from '@secure-base/content'

/**
 * Checks every request meets before anything routes it. They stop whole classes of bad input that
 * Next.js or Payload would otherwise answer with a 500 (a path that does not decode, a body type
 * Payload cannot read, a method no route takes), and path tricks that would route a request
 * somewhere other than where it appears to go (`/api/widget/v1/%2e%2e/%2e%2e/users`).
 */
export interface Rejection {
  status: 400 | 404 | 405 | 415
  code: string
  message: string
  headers?: Record<string, string>
}

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

/** Payload reads JSON, and multipart for uploads; the reach endpoint also takes text/plain (sendBeacon). */
const BODY_TYPES = new Set(['application/json', 'multipart/form-data'])
const REACH_PATH = `${API_PREFIX}/reach`
const REACH_BODY_TYPES = new Set(['application/json', 'text/plain'])
const GRAPHQL_PATH = '/api/graphql'

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/** The decoded path segments, or the reason the path cannot be routed safely. */
const checkPath = (pathname: string): Rejection | null => {
  if (!pathname.startsWith('/')) {
    return { status: 400, code: 'bad-path', message: 'The request target must be a path starting with "/".' }
  }
  for (const raw of pathname.split('/')) {
    const segment = decode(raw)
    if (segment === null) {
      return {
        status: 400,
        code: 'bad-path',
        message: 'The path has a malformed percent-encoding (a "%" not followed by two hex digits).',
      }
    }
    if (segment === '.' || segment === '..' || segment.includes('\\') || segment.includes('\0')) {
      return {
        status: 400,
        code: 'bad-path',
        message: 'The path may not contain "." or ".." segments, backslashes or NUL characters.',
      }
    }
  }
  return null
}

const checkQuery = (search: string): Rejection | null => {
  for (const pair of search.split('&')) {
    if (decode(pair.replaceAll('+', ' ')) === null) {
      return {
        status: 400,
        code: 'bad-query',
        message: 'The query string has a malformed percent-encoding (a "%" not followed by two hex digits).',
      }
    }
  }
  return null
}

/** Paths that take fewer methods than the rest, so that others get a JSON 405 rather than Next's empty one. */
const METHODS_BY_PATH: { matches: (pathname: string) => boolean; methods: readonly string[] }[] = [
  { matches: (p) => p.startsWith('/widgets/'), methods: ['GET', 'HEAD', 'OPTIONS'] },
  { matches: (p) => p === GRAPHQL_PATH, methods: ['POST', 'OPTIONS'] },
  { matches: (p) => p === REACH_PATH, methods: ['POST', 'OPTIONS'] },
  { matches: (p) => p === '/healthz' || p === '/readyz', methods: ['GET', 'HEAD'] },
]

const methodNotAllowed = (verb: string, allowed: readonly string[]): Rejection => ({
  status: 405,
  code: 'method-not-allowed',
  message: `${verb || 'That method'} is not served here; use ${allowed.join(', ')}.`,
  headers: { Allow: allowed.join(', ') },
})

const hasBody = (headers: IncomingHttpHeaders): boolean =>
  headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0

const checkBodyType = (method: string, pathname: string, headers: IncomingHttpHeaders): Rejection | null => {
  if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH' && method !== 'DELETE') return null
  if (!pathname.startsWith('/api/') || !hasBody(headers)) return null
  const [rawType = '', ...params] = (headers['content-type'] ?? '').split(';')
  const type = rawType.trim().toLowerCase()
  const accepted =
    pathname === REACH_PATH ? REACH_BODY_TYPES : pathname === GRAPHQL_PATH ? new Set(['application/json']) : BODY_TYPES
  if (!accepted.has(type)) {
    return {
      status: 415,
      code: 'unsupported-media-type',
      message: `${pathname} takes a body of type ${[...accepted].join(' or ')}, not "${type || 'none'}".`,
    }
  }
  const charset = params
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
  if (charset !== undefined && charset.replaceAll('"', '') !== 'utf-8') {
    return {
      status: 415,
      code: 'unsupported-charset',
      message: `Bodies are read as UTF-8; "${charset}" is not supported.`,
    }
  }
  if (type === 'multipart/form-data' && !params.some((p) => p.trim().toLowerCase().startsWith('boundary='))) {
    return {
      status: 400,
      code: 'bad-multipart',
      message: 'A multipart/form-data body needs a boundary parameter in its Content-Type.',
    }
  }
  return null
}

/**
 * The data paths outside /api that Next would otherwise answer with its HTML 404 page: a client
 * asking for a widget file or a probe gets JSON it can read instead.
 */
const WIDGET_FILE_PATH = /^\/widgets\/(manifest\.json|[^/]+\/[^/]+)$/
const checkDataPath = (pathname: string): Rejection | null => {
  const unknownWidgetPath = pathname.startsWith('/widgets/') && !WIDGET_FILE_PATH.test(pathname)
  const unknownProbe = pathname.startsWith('/healthz/') || pathname.startsWith('/readyz/')
  if (!unknownWidgetPath && !unknownProbe) return null
  return { status: 404, code: 'not-found', message: `There is nothing at ${pathname}.` }
}

/** `search` is the query string without its "?", or null when the target has none. */
export const checkRequest = (
  method: string | undefined,
  pathname: string,
  search: string | null,
  headers: IncomingHttpHeaders,
): Rejection | null => {
  const verb = (method ?? '').toUpperCase()
  if (!ALLOWED_METHODS.some((allowed) => allowed === verb)) return methodNotAllowed(verb, ALLOWED_METHODS)
  const narrower = METHODS_BY_PATH.find(({ matches }) => matches(pathname))
  if (narrower && !narrower.methods.includes(verb)) return methodNotAllowed(verb, narrower.methods)
  return (
    checkPath(pathname) ??
    checkDataPath(pathname) ??
    (search === null ? null : checkQuery(search)) ??
    checkBodyType(verb, pathname, headers)
  )
}
