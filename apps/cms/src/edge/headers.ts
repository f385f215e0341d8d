import { PREVIEW_CSP } from '../preview/page'

/**
 * The security headers every response carries, set in this one place by the production server
 * before Next.js, Payload, the delivery fast path or the widget files add their own.
 *
 * Pages (the admin and the live-preview pages it frames) get a Content-Security-Policy the Payload
 * admin works under: its scripts and styles come from this origin (Next's bootstrap scripts and
 * React's style attributes are inline, hence 'unsafe-inline' for those two only), it talks only to
 * this origin, and only this origin may frame it (the live preview frames /preview/… from here).
 * The preview pages themselves run no inline script at all and keep their own stricter policy.
 * API answers and widget files are data, never documents: nothing may run in them or frame them.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
} as const

/** HSTS for a year once the public URL is https; over plain http browsers ignore it anyway. */
const HSTS = 'max-age=31536000; includeSubDomains'

const isData = (pathname: string): boolean =>
  pathname.startsWith('/api/') || pathname.startsWith('/widgets/') || pathname === '/healthz' || pathname === '/readyz'

type Kind = 'data' | 'preview' | 'page'

const kindOf = (pathname: string): Kind =>
  isData(pathname) ? 'data' : pathname.startsWith('/preview/') ? 'preview' : 'page'

const POLICY: Record<Kind, string> = { data: DATA_POLICY, preview: PREVIEW_CSP, page: PAGE_POLICY }

/**
 * The headers for each kind of path, built once: the server sets them on every request, the
 * delivery fast path's cache hits included.
 */
export const securityHeaders = (publicUrlIsHttps: boolean): ((pathname: string) => readonly [string, string][]) => {
  const headersFor = (kind: Kind): [string, string][] =>
    Object.entries({
      ...COMMON,
      'Content-Security-Policy': POLICY[kind],
      // For browsers that predate frame-ancestors.
      'X-Frame-Options': kind === 'data' ? 'DENY' : 'SAMEORIGIN',
      ...(publicUrlIsHttps ? { 'Strict-Transport-Security': HSTS } : {}),
    })
  const byKind: Record<Kind, [string, string][]> = {
    data: headersFor('data'),
    preview: headersFor('preview'),
    page: headersFor('page'),
  }
  return (pathname) => byKind[kindOf(pathname)]
}
