import type { CollectionSlug, GlobalSlug, Payload, Where } from 'payload'
import type { Locale } from '@secure-base/content'

/**
 * Published reads for the delivery API. Every read runs as an anonymous caller (no user,
 * overrideAccess: false, draft: false) so the collections' own access rules already hide drafts;
 * the explicit `_status` filter is a second lock on the same door. Fallback is off so that a missing
 * translation stays visible as missing and the Localizer can mark it.
 */

export type RawDoc = { id: string | number; updatedAt?: string; [field: string]: unknown }

const published: Where = { _status: { equals: 'published' } }

export const findPublished = async (
  payload: Payload,
  collection: string,
  locale: Locale | 'all',
  where?: Where,
  sort?: string,
): Promise<RawDoc[]> => {
  const result = await payload.find({
    collection: collection as CollectionSlug,
    where: where ? { and: [published, where] } : published,
    locale,
    fallbackLocale: false as never,
    draft: false,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort,
  })
  return result.docs as unknown as RawDoc[]
}

/** Media has no drafts; it is public to read, so the same anonymous read applies without a status filter. */
export const findMedia = async (payload: Payload, ids: (string | number)[]): Promise<RawDoc[]> => {
  if (!ids.length) return []
  const result = await payload.find({
    collection: 'media' as CollectionSlug,
    where: { id: { in: ids } },
    draft: false,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  })
  return result.docs as unknown as RawDoc[]
}

/** A global read anonymously returns nothing useful until it has been published once. */
export const findPublishedGlobal = async (
  payload: Payload,
  slug: string,
  locale: Locale,
): Promise<RawDoc | null> => {
  const doc = (await payload.findGlobal({
    slug: slug as GlobalSlug,
    locale,
    fallbackLocale: false as never,
    draft: false,
    overrideAccess: false,
    depth: 0,
  })) as unknown as Partial<RawDoc> & { _status?: string }
  if (!doc || doc._status !== 'published') return null
  return doc as RawDoc
}

/** A relationship saved at depth 0 is an id; a populated one is a document. Either way, its id. */
export const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return null
}

export const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== null) : []

export const byId = (docs: RawDoc[]): Map<string, RawDoc> => new Map(docs.map((d) => [String(d.id), d]))

/** Dates may arrive as ISO strings or Date objects depending on the adapter; compare them as instants. */
export const newest = (docs: (RawDoc | null | undefined)[]): string => {
  let best = 0
  for (const doc of docs) {
    const t = doc?.updatedAt ? new Date(doc.updatedAt as string | Date).getTime() : Number.NaN
    if (t > best) best = t
  }
  return new Date(best).toISOString()
}
