import {
  CARE_SETTINGS,
  DIMENSION_SLUGS,
  RESOURCE_TYPES,
  type CareSetting,
  type Dimension,
  type DimensionRef,
  type DimensionSlug,
  type Resource,
  type ResourceType,
} from '@secure-base/content'
import { englishRow, type Localizer } from './localize'
import { idOf, idsOf, type RawDoc } from './source'

/**
 * Payload documents → contract shapes. Each function takes the document in the requested locale,
 * its English twin, and the JSON Pointer where the result will sit, so fallbacks are recorded at
 * their final position in the response.
 */

type Rows = { id?: unknown; [field: string]: unknown }[]

export const rows = (value: unknown): Rows =>
  Array.isArray(value) ? value.filter((r): r is Rows[number] => typeof r === 'object' && r !== null) : []

const isIn = <T extends string>(list: readonly T[]) => (value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

export const isDimensionSlug = isIn<DimensionSlug>(DIMENSION_SLUGS)
export const isCareSetting = isIn<CareSetting>(CARE_SETTINGS)
const isResourceType = isIn<ResourceType>(RESOURCE_TYPES)

export const settingsOf = (value: unknown): CareSetting[] =>
  Array.isArray(value) ? value.filter(isCareSetting) : []

const colourOf = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '')

export const dimensionRef = (loc: Localizer, at: string, doc: RawDoc, en: RawDoc): DimensionRef => ({
  slug: doc.slug as DimensionSlug,
  name: loc.text(`${at}/name`, doc.name, en.name),
  subtitle: loc.text(`${at}/subtitle`, doc.subtitle, en.subtitle),
  colour: colourOf(doc.colour),
})

export const dimension = (loc: Localizer, at: string, doc: RawDoc, en: RawDoc): Dimension => {
  const settingNotes: Dimension['settingNotes'] = []
  rows(doc.settingNotes).forEach((row, i) => {
    if (!isCareSetting(row.setting)) return
    const note = loc.text(`${at}/settingNotes/${settingNotes.length}/note`, row.note, englishRow(en.settingNotes, row, i).note)
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
  mediaById: Map<string, RawDoc>
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
const uploadedFile = (media: RawDoc | undefined, origin: string): { url: string; file: Resource['file'] } | null => {
  if (!media || typeof media.url !== 'string' || typeof media.filename !== 'string') return null
  return {
    url: new URL(media.url, origin).href,
    file: {
      filename: media.filename,
      mimeType: typeof media.mimeType === 'string' && media.mimeType ? media.mimeType : 'application/octet-stream',
      bytes: typeof media.filesize === 'number' ? Math.max(0, Math.round(media.filesize)) : 0,
    },
  }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** Editors may type `EN` or `pt-br`; the contract wants the primary subtag in lower case. */
const languageTag = (value: unknown): string => {
  if (typeof value !== 'string') return 'en'
  const [primary = '', ...rest] = value.trim().split('-')
  const tag = [primary.toLowerCase(), ...rest].join('-')
  return LANGUAGE_TAG.test(tag) ? tag : 'en'
}

/** Null when the resource has nowhere to send a visitor (its upload was removed), so it is left out. */
export const resource = (
  loc: Localizer,
  at: string,
  doc: RawDoc,
  en: RawDoc,
  ctx: ResourceContext,
): Resource | null => {
  const fileId = idOf(doc.file)
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
    dimensions: idsOf(doc.dimensions)
      .map((id) => ctx.dimensionSlugById.get(id))
      .filter((slug): slug is DimensionSlug => slug !== undefined),
    language,
    description: loc.text(`${at}/description`, doc.description, en.description),
  }
}

/** Resources whose `file` points at media, for one batched media read. */
export const mediaIdsOf = (docs: RawDoc[]): string[] =>
  [...new Set(docs.map((d) => idOf(d.file)).filter((id): id is string => id !== null))]
