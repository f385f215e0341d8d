import type { CollectionSlug, Payload } from 'payload'
import { containsAll } from './compare'

type Data = Record<string, unknown>
type Doc = Data & { id: string | number }

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
export const upsertBySlug = async (
  payload: Payload,
  collection: CollectionSlug,
  data: Data & { slug: string },
  { report, refresh }: SeedRun,
): Promise<{ doc: Doc; written: boolean }> => {
  const label = `${collection}/${data.slug}`
  const desired: Data = draftable(payload, collection) ? { ...data, _status: 'published' } : data
  const found = await payload.find({
    collection,
    where: { slug: { equals: data.slug } },
    locale: 'en',
    depth: 0,
    limit: 1,
    draft: false,
    overrideAccess: true,
  })
  const existing = found.docs[0] as Doc | undefined
  if (!existing) {
    const created = (await payload.create({ collection, data: desired as never, locale: 'en', overrideAccess: true })) as unknown as Doc
    report.created.push(label)
    return { doc: created, written: true }
  }
  if (!refresh || containsAll(desired, existing)) {
    report.unchanged.push(label)
    return { doc: existing, written: refresh }
  }
  const updated = (await payload.update({
    collection,
    id: existing.id,
    data: desired as never,
    locale: 'en',
    overrideAccess: true,
  })) as unknown as Doc
  report.updated.push(label)
  return { doc: updated, written: true }
}

/** Writes the Welsh values of an existing document, again only when they differ. */
export const upsertTranslation = async (
  payload: Payload,
  collection: CollectionSlug,
  doc: Doc,
  slug: string,
  translated: Data,
  report: SeedReport,
): Promise<void> => {
  const label = `${collection}/${slug}@cy`
  const current = (await payload.findByID({
    collection,
    id: doc.id,
    locale: 'cy',
    fallbackLocale: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })) as unknown as Data
  if (containsAll(translated, current)) {
    report.unchanged.push(label)
    return
  }
  const data = draftable(payload, collection) ? { ...translated, _status: 'published' } : translated
  await payload.update({ collection, id: doc.id, data: data as never, locale: 'cy', overrideAccess: true })
  report.updated.push(label)
}

/** Looks up already-seeded documents by slug, for relationships between fixtures. */
export const idsBySlug = async (
  payload: Payload,
  collection: CollectionSlug,
): Promise<Map<string, string | number>> => {
  const all = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
  })
  const map = new Map<string, string | number>()
  for (const doc of all.docs as unknown as Doc[]) {
    if (typeof doc.slug === 'string') map.set(doc.slug, doc.id)
  }
  return map
}

export const resolve = (map: Map<string, string | number>, slug: string, what: string): string | number => {
  const id = map.get(slug)
  if (id === undefined) throw new Error(`Seed fixture refers to ${what} "${slug}", which was not seeded.`)
  return id
}
