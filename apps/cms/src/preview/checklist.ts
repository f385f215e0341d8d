import { AGE_BANDS, Checklist, LOCALES, validate, type AgeBand, type Locale } from '@secure-base/content'
import type { Payload } from 'payload'
import { shapeChecklist } from '../delivery/endpoints'
import type { RawDoc } from '../delivery/source'

export type PreviewResult = { ok: true; data: Checklist; fallbacks: string[] } | { ok: false; message: string }

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/**
 * A draft checklist in the contract shape, through the delivery API's own transform, against the
 * published dimensions and resources, which is what the widget will meet once the checklist itself
 * is published. `english` is the draft's English text, which Welsh gaps fall back to (and are marked).
 */
export const previewChecklist = async (
  payload: Payload,
  locale: Locale,
  draft: RawDoc,
  english: RawDoc,
  origin: string,
): Promise<PreviewResult> => {
  const candidate: RawDoc = {
    ...draft,
    slug: typeof draft.slug === 'string' && draft.slug ? draft.slug : 'draft',
    ageBand: AGE_BANDS.includes(draft.ageBand as AgeBand) ? draft.ageBand : undefined,
  }
  // Saved answers are kept per version: a preview must never share them with the published checklist.
  const { data, fallbacks } = await shapeChecklist(payload, locale, candidate, english, origin, 'draft-preview')
  const checked = validate(Checklist, data)
  if (checked.ok) return { ok: true, data: checked.value, fallbacks }
  return { ok: false, message: `This draft cannot be shown yet: ${checked.issues.join('; ')}.` }
}
