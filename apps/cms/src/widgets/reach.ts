import type { Payload, Where } from 'payload'
import { normalizeOrigin } from '../delivery/cors'
import { REACH_COUNTS_SLUG } from '../collections/ReachCounts'
import { createWindowCounter } from '../security/rate-limit'

/**
 * Aggregate reach: a widget on an agency's page may say that a checklist was `started` or
 * `completed`, and nothing else. The report carries no answers, notes or identifiers, the
 * endpoint sets no cookie and reads none, and what is stored is a count per agency, checklist and
 * day. Only agencies that opted in are counted.
 */

export const REACH_EVENTS = ['started', 'completed'] as const
export type ReachEvent = (typeof REACH_EVENTS)[number]

export interface ReachReport {
  checklist: string
  event: ReachEvent
}

/** A report is two short fields; anything much bigger is not a report. */
export const MAX_REPORT_BYTES = 256
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type Parsed = { ok: true; report: ReachReport } | { ok: false; message: string }

export const parseReport = (text: string): Parsed => {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { ok: false, message: 'The report must be JSON: {"checklist": "<slug>", "event": "started" | "completed"}.' }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, message: 'The report must be a JSON object.' }
  const extra = Object.keys(body).filter((key) => key !== 'checklist' && key !== 'event')
  if (extra.length)
    return { ok: false, message: `A report holds only "checklist" and "event"; remove ${extra.map((k) => `"${k}"`).join(', ')}.` }
  const { checklist, event } = body as Record<string, unknown>
  if (typeof checklist !== 'string' || checklist.length > 100 || !SLUG.test(checklist))
    return { ok: false, message: '"checklist" must be a checklist slug such as "checklist-5-10-years".' }
  if (typeof event !== 'string' || !(REACH_EVENTS as readonly string[]).includes(event))
    return { ok: false, message: '"event" must be "started" or "completed".' }
  return { ok: true, report: { checklist, event: event as ReachEvent } }
}

/** Reads at most `limit` bytes of the body; undefined when there are more. */
export const readCapped = async (request: Request, limit: number): Promise<string | undefined> => {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limit) return undefined
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/**
 * A one-minute window per page origin, held in memory only. An origin is the agency's site, not a
 * visitor, so no visitor is tracked to enforce it.
 */
export const createFloodGuard = (perMinute: number, now: () => number = Date.now) =>
  createWindowCounter('reach-by-origin', { limit: perMinute, windowMs: 60_000, now }).hit

export interface ReachAgency {
  id: string | number
  optedIn: boolean
}

/** The agency that lists `origin`, read with full trust because agencies are private to their staff. */
export const agencyForOrigin = async (payload: Payload, origin: string): Promise<ReachAgency | undefined> => {
  const result = await payload.find({
    collection: 'agencies',
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  for (const agency of result.docs as { id: string | number; analyticsOptIn?: boolean | null; allowedOrigins?: { origin?: unknown }[] | null }[]) {
    const listed = (agency.allowedOrigins ?? []).some(
      (row) => typeof row?.origin === 'string' && normalizeOrigin(row.origin) === origin,
    )
    if (listed) return { id: agency.id, optedIn: agency.analyticsOptIn === true }
  }
  return undefined
}

export const isPublishedChecklist = async (payload: Payload, slug: string): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection: 'checklists',
    overrideAccess: true,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}

/** The day a report counts towards, in UTC so that every server agrees. */
export const reachDay = (date: Date): string => date.toISOString().slice(0, 10)

// Increments to the same row run one after another, so two reports at once cannot both read the
// old count and lose one of the two.
const queues = new Map<string, Promise<unknown>>()

export const countReport = async (
  payload: Payload,
  agency: string | number,
  report: ReachReport,
  day: string,
): Promise<void> => {
  const key = `${agency}|${report.checklist}|${day}`
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.catch(() => undefined).then(() => increment(payload, agency, report, day))
  queues.set(key, next)
  try {
    await next
  } finally {
    if (queues.get(key) === next) queues.delete(key)
  }
}

const increment = async (payload: Payload, agency: string | number, report: ReachReport, day: string) => {
  const where: Where = {
    and: [{ agency: { equals: agency } }, { checklist: { equals: report.checklist } }, { day: { equals: day } }],
  }
  const found = await payload.find({ collection: REACH_COUNTS_SLUG, overrideAccess: true, depth: 0, limit: 1, where })
  const row = found.docs[0]
  if (row) {
    await payload.update({
      collection: REACH_COUNTS_SLUG,
      id: row.id,
      overrideAccess: true,
      data: { [report.event]: (row[report.event] ?? 0) + 1 },
    })
    return
  }
  await payload.create({
    collection: REACH_COUNTS_SLUG,
    overrideAccess: true,
    data: {
      agency,
      checklist: report.checklist,
      day,
      started: report.event === 'started' ? 1 : 0,
      completed: report.event === 'completed' ? 1 : 0,
    } as never,
  })
}
