import { ReachReportBody, firstProblem } from '@secure-base/content'
import type { Payload } from 'payload'
import { allowedOrigins, normalizeOrigin } from '../delivery/cors'
import { clientAddress } from '../security/client-address'
import { createWindowCounter } from '../security/rate-limit'
import {
  MAX_REPORT_BYTES,
  agencyForOrigin,
  countReport,
  createFloodGuard,
  isPublishedChecklist,
  reachDay,
  readCapped,
} from './counts'

export interface ReachHandlerOptions {
  getPayload: () => Promise<Payload>
  /** Reports accepted per page origin and minute before answering 429. */
  perMinute?: number
}

const DEFAULT_PER_MINUTE = 120
/**
 * Reports from origins no agency lists, per client address and minute. Honest widgets never send
 * them, so the allowance is small; past it the address gets 429 instead of a 403 it can keep asking for.
 */
export const UNLISTED_PER_ADDRESS_PER_MINUTE = 30

const perMinuteFromEnv = (): number => {
  const value = Number(process.env.SECURE_BASE_REACH_PER_MINUTE)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_PER_MINUTE
}

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json(
    { error: { status, code, message } },
    { status, headers: { 'Cache-Control': 'no-store', Vary: 'Origin', ...headers } },
  )

const cors = (origin: string): Record<string, string> => ({ 'Access-Control-Allow-Origin': origin })

/**
 * `POST /api/widget/v1/reach` with `{"checklist": "<slug>", "event": "started" | "completed"}`
 * from a page on an agency's listed origin. `application/json` and `text/plain` are both taken,
 * so that `navigator.sendBeacon` works without a preflight.
 */
export const createReachHandler = ({ getPayload, perMinute = perMinuteFromEnv() }: ReachHandlerOptions) => {
  const flood = createFloodGuard(perMinute)
  const unlisted = createWindowCounter('reach-unlisted-by-address', {
    limit: UNLISTED_PER_ADDRESS_PER_MINUTE,
    windowMs: 60_000,
  })

  const POST = async (request: Request): Promise<Response> => {
    const origin = normalizeOrigin(request.headers.get('origin') ?? '')
    if (!origin)
      return json(
        400,
        'no-origin',
        'A reach report comes from a web page: the Origin header is missing or not http(s).',
      )
    const payload = await getPayload()
    // The origins every agency lists are kept in memory until an agency changes, so a page no agency
    // lists is answered without reading the agencies.
    if (!(await allowedOrigins(payload)).has(origin)) {
      const gate = unlisted.hit(clientAddress(request.headers))
      if (!gate.allowed)
        return json(429, 'too-many-requests', 'Too many reports from origins no agency lists; try again in a minute.', {
          'Retry-After': String(gate.retryAfterSeconds),
        })
      return json(403, 'origin-not-listed', `No agency lists ${origin}, so nothing is counted for it.`)
    }
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== 'application/json' && type !== 'text/plain')
      return json(400, 'bad-content-type', 'Send the report as application/json or text/plain.')
    const text = await readCapped(request, MAX_REPORT_BYTES)
    if (text === undefined) return json(400, 'report-too-large', `A report is at most ${MAX_REPORT_BYTES} bytes.`)
    const parsed = firstProblem(ReachReportBody, text)
    if (!parsed.ok) return json(400, 'bad-report', parsed.message)
    const report = parsed.value

    const agency = await agencyForOrigin(payload, origin)
    if (!agency) return json(403, 'origin-not-listed', `No agency lists ${origin}, so nothing is counted for it.`)
    const headers = cors(origin)
    if (!agency.optedIn)
      return json(403, 'not-opted-in', 'This agency has not opted in to reach counts, so nothing is counted.', headers)
    const gate = flood(origin)
    if (!gate.allowed)
      return json(429, 'too-many-reports', 'Too many reports from this site; try again in a minute.', {
        ...headers,
        'Retry-After': String(gate.retryAfterSeconds),
      })
    if (!(await isPublishedChecklist(payload, report.checklist)))
      return json(400, 'unknown-checklist', `No published checklist has the slug "${report.checklist}".`, headers)

    await countReport(payload, agency.id, report, reachDay(new Date()))
    return new Response(null, { status: 204, headers: { ...headers, 'Cache-Control': 'no-store', Vary: 'Origin' } })
  }

  const OPTIONS = async (request: Request): Promise<Response> => {
    const origin = normalizeOrigin(request.headers.get('origin') ?? '')
    const payload = await getPayload()
    const listed = origin !== null && (await allowedOrigins(payload)).has(origin)
    const agency = listed ? await agencyForOrigin(payload, origin) : undefined
    const headers: Record<string, string> = { 'Cache-Control': 'no-store', Vary: 'Origin', Allow: 'POST, OPTIONS' }
    if (origin && agency?.optedIn) {
      Object.assign(headers, cors(origin), {
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      })
    }
    return new Response(null, { status: 204, headers })
  }

  return { POST, OPTIONS }
}
