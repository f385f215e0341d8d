import { CaregivingCycle, CYCLE_ACTORS, validate, type CycleActor, type Locale } from '@secure-base/content'
import type { Payload, TypedUser } from 'payload'
import { publishedDimensions, shapeCycle, type CycleDimensions } from '../delivery/endpoints'
import { relationKey, rowsOf, type Unchecked } from '../lib/documents'
import type { CaregivingCycle as CycleDoc } from '../payload-types'

export type CyclePreview = { ok: true; data: CaregivingCycle; fallbacks: string[] } | { ok: false; message: string }

const cannotShow = (reason: string): CyclePreview => ({
  ok: false,
  message: `This draft cannot be shown yet: ${reason}.`,
})

/**
 * How a preview reads saved drafts: as the signed-in user, in one locale with no fallback (gaps
 * stay empty, so they can be filled from English and marked), relationships as IDs.
 */
export const draftRead = (locale: Locale, user: TypedUser) =>
  ({ draft: true, locale, fallbackLocale: false, user, overrideAccess: false, depth: 0 }) as const

/** The saved draft of the cycle as this user may read it; `null` when the read fails. */
export const savedCycleDraft = async (payload: Payload, locale: Locale, user: TypedUser): Promise<CycleDoc | null> => {
  try {
    return await payload.findGlobal({ slug: 'caregiving-cycle', ...draftRead(locale, user) })
  } catch {
    return null
  }
}

const isActor = (value: unknown): value is CycleActor => CYCLE_ACTORS.some((actor) => actor === value)

/**
 * What the delivery transform would quietly drop or the contract cannot say: a stage it cannot
 * place on the ring, two stages under one key, a walk-through step aimed at a stage that is not
 * there. An editor is told which row, in the admin's own numbering.
 */
const problemWith = (draft: Unchecked<CycleDoc>, dims: CycleDimensions): string | null => {
  const stages = rowsOf<CycleDoc['stages']>(draft.stages)
  const keys: string[] = []
  for (const [i, stage] of stages.entries()) {
    const key = typeof stage.key === 'string' ? stage.key.trim() : ''
    if (!key) return `stage ${i + 1} needs a key`
    if (!isActor(stage.actor))
      return `stage ${i + 1} ("${key}") needs to say whose stage it is, the child’s or the caregiver’s`
    if (keys.includes(key)) return `two stages have the key "${key}"`
    keys.push(key)
  }
  if (keys.length < 2) return `the cycle needs at least two stages to go round (it has ${keys.length})`
  type Walks = CycleDoc['dimensionSteps']
  for (const [i, walk] of rowsOf<Walks>(draft.dimensionSteps).entries()) {
    const id = relationKey(walk.dimension)
    const dim = id ? dims.byId.get(id) : undefined
    const name = typeof dim?.name === 'string' && dim.name ? `“${dim.name}”` : `walk-through ${i + 1}`
    for (const [j, step] of rowsOf<NonNullable<Walks>[number]['steps']>(walk.steps).entries()) {
      const stage = typeof step.stage === 'string' ? step.stage : ''
      if (!stage) return `step ${j + 1} of ${name} needs the key of the stage it belongs to`
      if (!keys.includes(stage))
        return `step ${j + 1} of ${name} points at the stage "${stage}", which this cycle does not have (its stages are ${keys.join(', ')})`
    }
  }
  return null
}

/**
 * A draft of the caregiving cycle in the contract shape, through the delivery API's own transform,
 * against the published dimensions. Text the draft lacks in Welsh comes from the saved English
 * draft, as the delivery API takes it from the published English once the draft is published.
 */
export const previewCycle = async (
  payload: Payload,
  locale: Locale,
  draft: Unchecked<CycleDoc>,
  user: TypedUser,
): Promise<CyclePreview> => {
  const [dims, savedEnglish] = await Promise.all([
    publishedDimensions(payload, locale),
    locale === 'en' ? null : savedCycleDraft(payload, 'en', user),
  ])
  const problem = problemWith(draft, dims)
  if (problem) return cannotShow(problem)
  const { data, fallbacks } = shapeCycle(locale, draft, savedEnglish ?? draft, dims)
  const checked = validate(CaregivingCycle, data)
  return checked.ok ? { ok: true, data: checked.value, fallbacks } : cannotShow(checked.issues.join('; '))
}
