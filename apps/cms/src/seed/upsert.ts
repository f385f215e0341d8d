import type {
  CollectionSlug,
  DefaultDocumentIDType,
  Payload,
  RequiredDataFromCollectionSlug,
  TypedCollectionSelect,
} from 'payload'
import { containsAll } from './compare'

/** The collections the seed fills, each identified by its slug field. */
type Seeded = 'dimensions' | 'resources' | 'explanations' | 'checklists' | 'agencies'

// Only for its type: what `payload.update` accepts as data for a collection (any part of a document).
declare const _update: Payload['update']
type UpdateData<S extends Seeded> = Parameters<typeof _update<S, TypedCollectionSelect[S]>>[0]['data']

/** A whole document, which creates it and is also a valid update of it. */
type SeedData<S extends Seeded> = RequiredDataFromCollectionSlug<S> & UpdateData<S> & { slug: string }
type Id = DefaultDocumentIDType

export interface SeedReport {
  created: string[]
  updated: string[]
  unchanged: string[]
}

export const emptyReport = (): SeedReport => ({ created: [], updated: [], unchanged: [] })

/** One seed run: what it did so far, and whether it may put fixture text back over existing documents. */
export interface SeedRun {
  report: SeedReport
  /**
   * Without it, a document that already exists is left exactly as it is: once seeded, content belongs
   * to the editors. With it, whatever differs from the fixtures is written back.
   */
  refresh: boolean
}

const draftable = (payload: Payload, collection: CollectionSlug): boolean =>
  Boolean(payload.collections[collection]?.config.versions?.drafts)

/**
 * Creates one English document identified by its slug when it is missing. An existing one is kept as
 * it is, unless the run refreshes, and then written only when something differs, so a second seed
 * leaves every document (and its updatedAt) untouched. `written` says whether the document now holds
 * the fixture's text, so its translation may be written too.
 */
export const upsertBySlug = async <S extends Seeded>(
  payload: Payload,
  collection: S,
  data: SeedData<S>,
  { report, refresh }: SeedRun,
): Promise<{ id: Id; written: boolean }> => {
  const label = `${collection}/${data.slug}`
  const desired: SeedData<S> = draftable(payload, collection) ? { ...data, _status: 'published' } : data
  const found = await payload.find({
    collection,
    where: { slug: { equals: data.slug } },
    locale: 'en',
    depth: 0,
    limit: 1,
    draft: false,
    overrideAccess: true,
  })
  const existing = found.docs[0]
  if (!existing) {
    const created = await payload.create({ collection, data: desired, locale: 'en', overrideAccess: true })
    report.created.push(label)
    return { id: created.id, written: true }
  }
  if (!refresh || containsAll(desired, existing)) {
    report.unchanged.push(label)
    return { id: existing.id, written: refresh }
  }
  await payload.update({ collection, id: existing.id, data: desired, locale: 'en', overrideAccess: true })
  report.updated.push(label)
  return { id: existing.id, written: true }
}

/** Writes the Welsh values of an existing document, again only when they differ. */
export const upsertTranslation = async <S extends Seeded>(
  payload: Payload,
  collection: S,
  id: Id,
  slug: string,
  translated: UpdateData<S>,
  report: SeedReport,
): Promise<void> => {
  const label = `${collection}/${slug}@cy`
  const current = await payload.findByID({
    collection,
    id,
    locale: 'cy',
    fallbackLocale: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })
  if (containsAll(translated, current)) {
    report.unchanged.push(label)
    return
  }
  const data = draftable(payload, collection) ? { ...translated, _status: 'published' as const } : translated
  await payload.update({ collection, id, data, locale: 'cy', overrideAccess: true })
  report.updated.push(label)
}

/** Looks up already-seeded documents by slug, for relationships between fixtures. */
export const idsBySlug = async (payload: Payload, collection: Seeded): Promise<Map<string, Id>> => {
  const all = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
  })
  const map = new Map<string, Id>()
  for (const doc of all.docs) map.set(doc.slug, doc.id)
  return map
}

export const resolve = (map: Map<string, Id>, slug: string, what: string): Id => {
  const id = map.get(slug)
  if (id === undefined) throw new Error(`Seed fixture refers to ${what} "${slug}", which was not seeded.`)
  return id
}
