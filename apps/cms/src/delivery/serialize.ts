import {
  AGE_BANDS,
  CARE_SETTINGS,
  DIMENSION_SLUGS,
  RESOURCE_TYPES,
  toLanguageTag,
  type AgeBand,
  type CareSetting,
  type Dimension,
  type DimensionRef,
  type DimensionSlug,
  type Resource,
  type ResourceType,
} from '@secure-base/content'
import { relationKey, relationKeys, rowsOf, type Unchecked } from '../lib/documents'
import type { Dimension as DimensionDoc, Media, Resource as ResourceDoc } from '../payload-types'
import { englishRow, type Localizer } from './localize'

/**
 * Payload documents → contract shapes. Each function takes the document in the requested locale,
 * its English twin, and the JSON Pointer where the result will sit, so fallbacks are recorded at
 * their final position in the response.
 */

const isIn =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    list.some((item) => item === value)

export const isDimensionSlug = isIn<DimensionSlug>(DIMENSION_SLUGS)
export const isCareSetting = isIn<CareSetting>(CARE_SETTINGS)
export const isAgeBand = isIn<AgeBand>(AGE_BANDS)
const isResourceType = isIn<ResourceType>(RESOURCE_TYPES)

export const settingsOf = (value: unknown): CareSetting[] => (Array.isArray(value) ? value.filter(isCareSetting) : [])

/** A dimension whose slug is one of the five, the only kind a widget can place. */
export type PlacedDimension = Unchecked<DimensionDoc> & { readonly slug: DimensionSlug }

export const isPlaced = <D extends Unchecked<DimensionDoc>>(doc: D): doc is D & { readonly slug: DimensionSlug } =>
  isDimensionSlug(doc.slug)

const colourOf = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '')

export const dimensionRef = (
  loc: Localizer,
  at: string,
  doc: PlacedDimension,
  en: Unchecked<DimensionDoc>,
): DimensionRef => ({
  slug: doc.slug,
  name: loc.text(`${at}/name`, doc.name, en.name),
  subtitle: loc.text(`${at}/subtitle`, doc.subtitle, en.subtitle),
  colour: colourOf(doc.colour),
})

export const dimension = (loc: Localizer, at: string, doc: PlacedDimension, en: Unchecked<DimensionDoc>): Dimension => {
  const settingNotes: Dimension['settingNotes'] = []
  rowsOf<DimensionDoc['settingNotes']>(doc.settingNotes).forEach((row, i) => {
    if (!isCareSetting(row.setting)) return
    const note = loc.text(
      `${at}/settingNotes/${settingNotes.length}/note`,
      row.note,
      englishRow<DimensionDoc['settingNotes']>(en.settingNotes, row, i).note,
    )
    if (note) settingNotes.push({ setting: row.setting, note })
  })
  return {
    ...dimensionRef(loc, at, doc, en),
    order: Number(doc.order),
    summary: loc.text(`${at}/summary`, doc.summary, en.summary),
    explanation: loc.richText(`${at}/explanation`, doc.explanation, en.explanation),
    caregiverFocus: loc.text(`${at}/caregiverFocus`, doc.caregiverFocus, en.caregiverFocus),
    childGains: loc.text(`${at}/childGains`, doc.childGains, en.childGains),
    settingNotes,
  }
}

/** The published documents a resource can point at, looked up once per response. */
export interface ResourceContext {
  dimensionSlugById: Map<string, DimensionSlug>
  mediaById: Map<string, Media>
  /** Where this CMS is reached from, so an uploaded file's path becomes an absolute URL. */
  origin: string
}

const externalUrl = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** The file as the CMS serves it and its description, or null when the upload is gone or unreadable. */
const uploadedFile = (media: Media | undefined, origin: string): { url: string; file: Resource['file'] } | null => {
  if (!media?.url || !media.filename) return null
  return {
    url: new URL(media.url, origin).href,
    file: {
      filename: media.filename,
      mimeType: media.mimeType || 'application/octet-stream',
      bytes: typeof media.filesize === 'number' ? Math.max(0, Math.round(media.filesize)) : 0,
    },
  }
}

/** Editors may type `EN` or ` pt-br`; anything that is not a language tag reads as English. */
const languageTag = (value: unknown): string => (typeof value === 'string' && toLanguageTag(value.trim())) || 'en'

/** Null when the resource has nowhere to send a visitor (its upload was removed), so it is left out. */
export const resource = (
  loc: Localizer,
  at: string,
  doc: Unchecked<ResourceDoc>,
  en: Unchecked<ResourceDoc>,
  ctx: ResourceContext,
): Resource | null => {
  const fileId = relationKey(doc.file)
  const upload = fileId ? uploadedFile(ctx.mediaById.get(fileId), ctx.origin) : null
  const url = upload?.url ?? externalUrl(doc.externalUrl)
  if (!url || !isResourceType(doc.type) || typeof doc.slug !== 'string') return null
  const language = languageTag(doc.language)
  return {
    slug: doc.slug,
    title: loc.text(`${at}/title`, doc.title, en.title),
    type: doc.type,
    url,
    file: upload?.file ?? null,
    settings: settingsOf(doc.settings),
    dimensions: relationKeys(doc.dimensions)
      .map((id) => ctx.dimensionSlugById.get(id))
      .filter((slug): slug is DimensionSlug => slug !== undefined),
    language,
    description: loc.text(`${at}/description`, doc.description, en.description),
  }
}

/** Resources whose `file` points at media, for one batched media read. */
export const mediaIdsOf = (docs: readonly Unchecked<ResourceDoc>[]): string[] => [
  ...new Set(docs.map((d) => relationKey(d.file)).filter((id): id is string => id !== null)),
]
