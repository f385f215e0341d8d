import { Dimension, validate, type Locale } from '@secure-base/content'
import type { Payload } from 'payload'
import { publishedDimensions } from '../delivery/endpoints'
import { Localizer } from '../delivery/localize'
import { dimension, isPlaced } from '../delivery/serialize'
import type { Unchecked } from '../lib/documents'
import type { Dimension as DimensionDoc } from '../payload-types'

export type DimensionsPreview = { ok: true; data: Dimension[]; fallbacks: string[] } | { ok: false; message: string }

/**
 * The five dimensions as the widget will show them once this draft is published: the published
 * ones, with the draft in its place (or added, when it has never been published). `english` is the
 * draft's English text, which Welsh gaps fall back to (and are marked).
 */
export const previewDimensions = async (
  payload: Payload,
  locale: Locale,
  draft: Unchecked<DimensionDoc>,
  english: Unchecked<DimensionDoc>,
): Promise<DimensionsPreview> => {
  if (!isPlaced(draft))
    return { ok: false, message: `This draft cannot be shown yet: its slug must be one of the five dimensions.` }
  const published = await publishedDimensions(payload, locale)
  const others = published.docs.filter((d) => String(d.id) !== String(draft.id) && d.slug !== draft.slug)
  const docs = [...others, draft].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
  const loc = new Localizer(locale)
  const data: Dimension[] = []
  for (const [i, doc] of docs.entries()) {
    const checked = validate(Dimension, dimension(loc, `/${i}`, doc, doc === draft ? english : published.twin(doc)))
    if (!checked.ok) return { ok: false, message: `This draft cannot be shown yet: ${checked.issues.join('; ')}.` }
    data.push(checked.value)
  }
  return { ok: true, data, fallbacks: loc.fallbacks }
}
