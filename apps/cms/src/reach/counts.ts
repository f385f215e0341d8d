import { sql } from '@payloadcms/db-sqlite'
import type { ReachReport } from '@secure-base/content'
import type { Payload } from 'payload'
import { normalizeOrigin } from '../delivery/cors'
import { REACH_COUNTS_SLUG } from '../collections/ReachCounts'
import { createWindowCounter } from '../security/rate-limit'

/**
 * Aggregate reach: a widget on an agency's page may say that a checklist was `started` or
 * `completed`, and nothing else. The report carries no answers, notes or identifiers, the
 * endpoint sets no cookie and reads none, and what is stored is a count per agency, checklist and
 * day. Only agencies that opted in are counted.
 */

/** A report is two short fields; anything much bigger is not a report. */
export const MAX_REPORT_BYTES = 256

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
  for (const agency of result.docs as {
    id: string | number
    analyticsOptIn?: boolean | null
    allowedOrigins?: { origin?: unknown }[] | null
  }[]) {
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

/**
 * Adds one to the day's count in a single database statement, so that reports arriving at the same
 * moment on any number of CMS instances are all counted: SQLite's `INSERT … ON CONFLICT DO UPDATE
 * SET n = n + 1` on the unique (agency, checklist, day) index, or MongoDB's upsert with `$inc`.
 */
export const countReport = async (
  payload: Payload,
  agency: string | number,
  report: ReachReport,
  day: string,
): Promise<void> => {
  const started = report.event === 'started' ? 1 : 0
  const completed = report.event === 'completed' ? 1 : 0
  const now = new Date().toISOString()
  // Each adapter adds its own handle to Payload's adapter type (`drizzle`, `collections`); this is the
  // one place that goes below the Local API, for a single-statement increment.
  const db = payload.db
  if (db.name === 'sqlite') {
    await db.drizzle.run(sql`
      INSERT INTO reach_counts (agency_id, checklist, day, started, completed, updated_at, created_at)
      VALUES (${agency}, ${report.checklist}, ${day}, ${started}, ${completed}, ${now}, ${now})
      ON CONFLICT (agency_id, checklist, day) DO UPDATE SET
        started = started + excluded.started,
        completed = completed + excluded.completed,
        updated_at = excluded.updated_at`)
    return
  }
  const model = db.name === 'mongoose' ? db.collections[REACH_COUNTS_SLUG] : undefined
  if (model) {
    // Payload's model types the relationship as an ObjectId, so mongoose casts the agency's id
    // string to one, matching how Payload itself stores and queries it.
    await model.updateOne(
      { agency, checklist: report.checklist, day },
      { $inc: { started, completed }, $set: { updatedAt: new Date(now) }, $setOnInsert: { createdAt: new Date(now) } },
      { upsert: true },
    )
    return
  }
  throw new Error(`Reach counts need the SQLite or MongoDB adapter, not "${db.name}".`)
}
