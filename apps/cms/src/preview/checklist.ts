import { Checklist, validate, type Locale } from '@secure-base/content'
import type { Payload } from 'payload'
import { shapeChecklist } from '../delivery/endpoints'
import { isAgeBand } from '../delivery/serialize'
import type { Unchecked } from '../lib/documents'
import type { Checklist as ChecklistDoc } from '../payload-types'

export type PreviewResult = { ok: true; data: Checklist; fallbacks: string[] } | { ok: false; message: string }

const cannotShow = (reason: string): PreviewResult => ({
  ok: false,
  message: `This draft cannot be shown yet: ${reason}.`,
})

/**
 * A draft checklist in the contract shape, through the delivery API's own transform, against the
 * published dimensions and resources, which is what the widget will meet once the checklist itself
 * is published. `english` is the draft's English text, which Welsh gaps fall back to (and are marked).
 */
export const previewChecklist = async (
  payload: Payload,
  locale: Locale,
  draft: Unchecked<ChecklistDoc>,
  english: Unchecked<ChecklistDoc>,
  origin: string,
): Promise<PreviewResult> => {
  if (!isAgeBand(draft.ageBand)) return cannotShow('ageBand: choose the age band the checklist is for')
  const candidate = {
    ...draft,
    slug: typeof draft.slug === 'string' && draft.slug ? draft.slug : 'draft',
    ageBand: draft.ageBand,
  }
  // Saved answers are kept per version: a preview must never share them with the published checklist.
  const { data, fallbacks } = await shapeChecklist(payload, locale, candidate, english, origin, 'draft-preview')
  const checked = validate(Checklist, data)
  return checked.ok ? { ok: true, data: checked.value, fallbacks } : cannotShow(checked.issues.join('; '))
}
