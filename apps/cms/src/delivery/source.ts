import type { Payload, Where } from 'payload'
import type { Locale } from '@secure-base/content'
import type { CaregivingCycle, Checklist, Dimension, Media, Resource } from '../payload-types'

/**
 * Published reads for the delivery API. Every read runs as an anonymous caller (no user,
 * overrideAccess: false, draft: false) so the collections' own access rules already hide drafts;
 * the explicit `_status` filter is a second lock on the same door. Fallback is off so that a missing
 * translation stays visible as missing and the Localizer can mark it.
 */

const published: Where = { _status: { equals: 'published' } }

const publishedRead = (locale: Locale, where?: Where) =>
  ({
    where: where ? { and: [published, where] } : published,
    locale,
    fallbackLocale: false,
    draft: false,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  }) as const

export const findPublishedDimensions = async (payload: Payload, locale: Locale): Promise<Dimension[]> =>
  (await payload.find({ collection: 'dimensions', ...publishedRead(locale), sort: 'order' })).docs

export const findPublishedChecklists = async (payload: Payload, locale: Locale, where?: Where): Promise<Checklist[]> =>
  (await payload.find({ collection: 'checklists', ...publishedRead(locale, where), sort: 'slug' })).docs

export const findPublishedResources = async (payload: Payload, locale: Locale): Promise<Resource[]> =>
  (await payload.find({ collection: 'resources', ...publishedRead(locale), sort: 'slug' })).docs

/** Media has no drafts; it is public to read, so the same anonymous read applies without a status filter. */
export const findMedia = async (payload: Payload, ids: string[]): Promise<Media[]> => {
  if (!ids.length) return []
  const result = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    draft: false,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  })
  return result.docs
}

/** A global read anonymously returns nothing useful until it has been published once. */
export const findPublishedCycle = async (payload: Payload, locale: Locale): Promise<CaregivingCycle | null> => {
  const doc = await payload.findGlobal({
    slug: 'caregiving-cycle',
    locale,
    fallbackLocale: false,
    draft: false,
    overrideAccess: false,
    depth: 0,
  })
  return doc._status === 'published' ? doc : null
}

export const byId = <D extends { readonly id?: unknown }>(docs: readonly D[]): Map<string, D> =>
  new Map(docs.map((d) => [String(d.id), d]))

/** Dates may arrive as ISO strings or Date objects depending on the adapter; compare them as instants. */
export const newest = (docs: readonly ({ readonly updatedAt?: unknown } | null | undefined)[]): string => {
  let best = 0
  for (const doc of docs) {
    const at = doc?.updatedAt
    const t = typeof at === 'string' || at instanceof Date ? new Date(at).getTime() : Number.NaN
    if (t > best) best = t
  }
  return new Date(best).toISOString()
}
