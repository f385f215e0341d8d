import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import {
  AGE_BANDS,
  LOCALES,
  type AgeBand,
  type CaregivingCycle,
  type Checklist,
  type ChecklistSummary,
  type Dimension,
  type DimensionSlug,
  type Locale,
  type Resource,
  type ResourcesQuery,
} from '@secure-base/content'
import { isRecord, relationKey, rowsOf, type Unchecked } from '../lib/documents'
import type {
  CaregivingCycle as CycleDoc,
  Checklist as ChecklistDoc,
  Dimension as DimensionDoc,
  Media,
  Resource as ResourceDoc,
} from '../payload-types'
import { notFound } from './errors'
import { englishRow, Localizer } from './localize'
import {
  dimension,
  dimensionRef,
  isPlaced,
  mediaIdsOf,
  resource,
  settingsOf,
  type PlacedDimension,
  type ResourceContext,
} from './serialize'
import { checklistSections } from './checklist'
import {
  byId,
  findMedia,
  findPublishedChecklists,
  findPublishedCycle,
  findPublishedDimensions,
  findPublishedResources,
  newest,
} from './source'

export interface Built<T> {
  data: T
  fallbacks: string[]
  updatedAt: string
}

/** The requested locale's documents and their English twins, fetched side by side. */
const bothLocales = async <D extends { id: string | number }>(locale: Locale, read: (l: Locale) => Promise<D[]>) => {
  const [own, english] = await Promise.all([read(locale), locale === 'en' ? null : read('en')])
  const englishById = byId(english ?? own)
  return { own, twin: (doc: Unchecked<D>): D | Unchecked<D> => englishById.get(String(doc.id)) ?? doc }
}

export const publishedDimensions = async (payload: Payload, locale: Locale) => {
  const { own, twin } = await bothLocales(locale, (l) => findPublishedDimensions(payload, l))
  const docs = own.filter(isPlaced)
  return {
    docs,
    twin,
    byId: byId<PlacedDimension>(docs),
    slugById: new Map(docs.map((d) => [String(d.id), d.slug])),
  }
}

export const buildDimensions = async (payload: Payload, locale: Locale): Promise<Built<Dimension[]>> => {
  const loc = new Localizer(locale)
  const { docs, twin } = await publishedDimensions(payload, locale)
  const data = docs.map((doc, i) => dimension(loc, `/${i}`, doc, twin(doc)))
  return { data, fallbacks: loc.fallbacks, updatedAt: newest(docs) }
}

const ageRank = (band: AgeBand) => AGE_BANDS.indexOf(band)

export const buildChecklistList = async (payload: Payload, locale: Locale): Promise<Built<ChecklistSummary[]>> => {
  const loc = new Localizer(locale)
  const { own, twin } = await bothLocales(locale, (l) => findPublishedChecklists(payload, l))
  const docs = [...own].sort((a, b) => ageRank(a.ageBand) - ageRank(b.ageBand))
  const data = docs.map((doc, i) => ({
    slug: doc.slug,
    title: loc.text(`/${i}/title`, doc.title, twin(doc).title),
    ageBand: doc.ageBand,
    settings: settingsOf(doc.settings),
  }))
  return { data, fallbacks: loc.fallbacks, updatedAt: newest(docs) }
}

/** Key order can differ between adapters and saves; sorting keys makes the hash depend on content alone. */
const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .filter(([k, v]) => v !== undefined && k !== 'updatedAt' && k !== 'createdAt')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** One value for every locale: the hash of the published checklist as written in all of them. */
const checklistVersion = (perLocale: ChecklistDoc[]): string =>
  createHash('sha256').update(stableJson(perLocale)).digest('base64url').slice(0, 16)

const resourceContext = async (
  payload: Payload,
  dimensionSlugById: Map<string, DimensionSlug>,
  resources: ResourceDoc[],
  origin: string,
): Promise<ResourceContext & { media: Media[] }> => {
  const media = await findMedia(payload, mediaIdsOf(resources))
  return { dimensionSlugById, mediaById: byId(media), origin, media }
}

/** What the contract needs of a checklist before its text can be shaped: which checklist, for which age. */
export type ShapeableChecklist = Unchecked<ChecklistDoc> & { readonly slug: string; readonly ageBand: AgeBand }

/**
 * One checklist document (`doc` in the requested locale, `en` its English twin) in the contract
 * shape, against the published dimensions and resources; the draft preview shapes drafts with it.
 */
export const shapeChecklist = async (
  payload: Payload,
  locale: Locale,
  doc: ShapeableChecklist,
  en: Unchecked<ChecklistDoc>,
  origin: string,
  version: string,
): Promise<Built<Checklist>> => {
  const [dims, resourceDocs] = await Promise.all([
    publishedDimensions(payload, locale),
    bothLocales(locale, (l) => findPublishedResources(payload, l)),
  ])
  const loc = new Localizer(locale)
  const ctx = await resourceContext(payload, dims.slugById, resourceDocs.own, origin)
  const sections = checklistSections(loc, doc, en, {
    dimension: (id) => {
      const d = dims.byId.get(id)
      return d && { own: d, en: dims.twin(d) }
    },
    resource: (id) => {
      const r = resourceDocs.own.find((x) => String(x.id) === id)
      return r && { own: r, en: resourceDocs.twin(r) }
    },
    resourceContext: ctx,
  })
  const data: Checklist = {
    slug: doc.slug,
    title: loc.text('/title', doc.title, en.title),
    ageBand: doc.ageBand,
    settings: settingsOf(doc.settings),
    version,
    introduction: loc.richText('/introduction', doc.introduction, en.introduction),
    asksRating: doc.asksRating !== false,
    isSample: doc.isSample !== false,
    sections: sections.sections,
  }
  return { data, fallbacks: loc.fallbacks, updatedAt: newest([doc, ...sections.used, ...ctx.media]) }
}

export const buildChecklist = async (
  payload: Payload,
  locale: Locale,
  slug: string,
  origin: string,
): Promise<Built<Checklist>> => {
  const bySlug = { slug: { equals: slug } }
  const perLocale = await Promise.all(LOCALES.map((l) => findPublishedChecklists(payload, l, bySlug).then((d) => d[0])))
  const doc = perLocale[LOCALES.indexOf(locale)]
  const en = perLocale[LOCALES.indexOf('en')]
  if (!doc || !en) throw notFound(`No published checklist has the slug "${slug}".`)
  const version = checklistVersion(perLocale.filter((d) => d !== undefined))
  return shapeChecklist(payload, locale, doc, en, origin, version)
}

/** The published dimensions a cycle's walk-throughs may point at, with each one's English twin. */
export type CycleDimensions = Pick<Awaited<ReturnType<typeof publishedDimensions>>, 'byId' | 'twin'>

/**
 * One cycle document in the contract shape: the delivery API passes the published global, the
 * admin's live preview a draft. `english` is where a missing translation is taken from.
 */
type Stages = CycleDoc['stages']
type Walks = CycleDoc['dimensionSteps']
type Steps = NonNullable<Walks>[number]['steps']

export const shapeCycle = (
  locale: Locale,
  doc: Unchecked<CycleDoc>,
  english: Unchecked<CycleDoc>,
  dims: CycleDimensions,
): Built<CaregivingCycle> => {
  const loc = new Localizer(locale)
  const stages: CaregivingCycle['stages'] = []
  rowsOf<Stages>(doc.stages).forEach((row, i) => {
    const enRow = englishRow<Stages>(english.stages, row, i)
    if (typeof row.key !== 'string' || (row.actor !== 'child' && row.actor !== 'caregiver')) return
    const at = `/stages/${stages.length}`
    stages.push({
      key: row.key,
      order: stages.length + 1,
      label: loc.text(`${at}/label`, row.label, enRow.label),
      actor: row.actor,
      explanation: loc.text(`${at}/explanation`, row.explanation, enRow.explanation),
    })
  })
  const used: Unchecked<CycleDoc | DimensionDoc>[] = [doc]
  const dimensions: CaregivingCycle['dimensions'] = []
  rowsOf<Walks>(doc.dimensionSteps).forEach((row, i) => {
    const dimensionId = relationKey(row.dimension)
    const dim = dimensionId ? dims.byId.get(dimensionId) : undefined
    if (!dim) return
    used.push(dim)
    const at = `/dimensions/${dimensions.length}`
    const enSteps = englishRow<Walks>(english.dimensionSteps, row, i).steps
    const steps: CaregivingCycle['dimensions'][number]['steps'] = []
    rowsOf<Steps>(row.steps).forEach((step, j) => {
      if (typeof step.stage !== 'string') return
      const text = loc.text(`${at}/steps/${steps.length}/text`, step.text, englishRow<Steps>(enSteps, step, j).text)
      if (text) steps.push({ stage: step.stage, text })
    })
    dimensions.push({ dimension: dimensionRef(loc, `${at}/dimension`, dim, dims.twin(dim)), steps })
  })
  const data: CaregivingCycle = {
    title: loc.text('/title', doc.title, english.title),
    introduction: loc.richText('/introduction', doc.introduction, english.introduction),
    stages,
    dimensions,
  }
  return { data, fallbacks: loc.fallbacks, updatedAt: newest(used) }
}

export const buildCycle = async (payload: Payload, locale: Locale): Promise<Built<CaregivingCycle>> => {
  const [doc, en, dims] = await Promise.all([
    findPublishedCycle(payload, locale),
    locale === 'en' ? null : findPublishedCycle(payload, 'en'),
    publishedDimensions(payload, locale),
  ])
  const english = en ?? doc
  if (!doc || !english) throw notFound('The caregiving cycle has not been published yet.')
  return shapeCycle(locale, doc, english, dims)
}

/** `/resources` filters, as its query gives them (the language already in lower case). */
export type ResourceFilters = Omit<ResourcesQuery, 'locale'>

/** A resource tagged with no setting (or no dimension) is general, so it matches every filter value. */
const matches = (r: Resource, f: ResourceFilters) =>
  (!f.dimension || !r.dimensions.length || r.dimensions.includes(f.dimension)) &&
  (!f.setting || !r.settings.length || r.settings.includes(f.setting)) &&
  (!f.language || r.language.toLowerCase() === f.language.toLowerCase())

export const buildResources = async (
  payload: Payload,
  locale: Locale,
  filters: ResourceFilters,
  origin: string,
): Promise<Built<Resource[]>> => {
  const [dims, found] = await Promise.all([
    publishedDimensions(payload, locale),
    bothLocales(locale, (l) => findPublishedResources(payload, l)),
  ])
  const ctx = await resourceContext(payload, dims.slugById, found.own, origin)
  // A throwaway localizer decides membership first, so fallbacks are recorded at final positions only.
  const kept = found.own.filter((doc) => {
    const r = resource(new Localizer(locale), '', doc, found.twin(doc), ctx)
    return r !== null && matches(r, filters)
  })
  const loc = new Localizer(locale)
  const data: Resource[] = []
  for (const doc of kept) {
    const r = resource(loc, `/${data.length}`, doc, found.twin(doc), ctx)
    if (r) data.push(r)
  }
  const usedMedia = ctx.media.filter((m) => kept.some((d) => relationKey(d.file) === String(m.id)))
  return { data, fallbacks: loc.fallbacks, updatedAt: newest([...kept, ...usedMedia]) }
}
