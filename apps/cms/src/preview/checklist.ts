import { AGE_BANDS, Checklist, LOCALES, validate, type AgeBand, type DimensionSlug, type Locale } from '@secure-base/content'
import type { Payload } from 'payload'
import { checklistSections } from '../delivery/checklist'
import { Localizer } from '../delivery/localize'
import { isDimensionSlug, mediaIdsOf, settingsOf } from '../delivery/serialize'
import { byId, findMedia, findPublished, type RawDoc } from '../delivery/source'

export type PreviewResult = { ok: true; data: Checklist } | { ok: false; message: string }

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/**
 * A draft checklist in the contract shape, through the delivery API's own section transform. The
 * draft is shown against the published dimensions and resources, which is what the widget will
 * meet once the checklist itself is published.
 */
export const previewChecklist = async (payload: Payload, locale: Locale, draft: RawDoc, origin: string): Promise<PreviewResult> => {
  const [dimensions, resources] = await Promise.all([
    findPublished(payload, 'dimensions', locale, undefined, 'order'),
    findPublished(payload, 'resources', locale),
  ])
  const dims = dimensions.filter((d) => isDimensionSlug(d.slug))
  const dimsById = byId(dims)
  const media = await findMedia(payload, mediaIdsOf(resources))
  const loc = new Localizer(locale)
  const { sections } = checklistSections(loc, draft, draft, {
    dimension: (id) => {
      const d = dimsById.get(id)
      return d && { own: d, en: d }
    },
    resource: (id) => {
      const r = resources.find((x) => String(x.id) === id)
      return r && { own: r, en: r }
    },
    resourceContext: {
      dimensionSlugById: new Map(dims.map((d) => [String(d.id), d.slug as DimensionSlug])),
      mediaById: byId(media),
      origin,
    },
  })
  const candidate = {
    slug: typeof draft.slug === 'string' && draft.slug ? draft.slug : 'draft',
    title: loc.text('/title', draft.title, draft.title),
    ageBand: AGE_BANDS.includes(draft.ageBand as AgeBand) ? draft.ageBand : undefined,
    settings: settingsOf(draft.settings),
    // Saved answers are kept per version: a preview must never share them with the published checklist.
    version: 'draft-preview',
    introduction: loc.richText('/introduction', draft.introduction, draft.introduction),
    asksRating: draft.asksRating !== false,
    isSample: draft.isSample !== false,
    sections,
  }
  const checked = validate(Checklist, candidate)
  if (checked.ok) return { ok: true, data: checked.value }
  return { ok: false, message: `This draft cannot be shown yet: ${checked.issues.join('; ')}.` }
}
