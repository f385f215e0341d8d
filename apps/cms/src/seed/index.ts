import type { DefaultDocumentIDType, Payload } from 'payload'
import { UNTRANSLATED } from '../lib/documents'
import type { CaregivingCycle } from '../payload-types'
import { containsAll } from './compare'
import { agencies } from './fixtures/agencies'
import { caregivingCycle } from './fixtures/caregiving-cycle'
import { checklists } from './fixtures/checklists'
import { dimensions } from './fixtures/dimensions'
import { explanations } from './fixtures/explanations'
import { resources } from './fixtures/resources'
import {
  emptyReport,
  idsBySlug,
  resolve,
  upsertBySlug,
  upsertTranslation,
  type SeedReport,
  type SeedRun,
} from './upsert'

export type { SeedReport } from './upsert'

type Ids = Map<string, DefaultDocumentIDType>

const seedDimensions = async (payload: Payload, run: SeedRun): Promise<void> => {
  for (const { cy, ...fixture } of dimensions) {
    const { id, written } = await upsertBySlug(payload, 'dimensions', fixture, run)
    if (written) await upsertTranslation(payload, 'dimensions', id, fixture.slug, cy, run.report)
  }
}

/** A fixture's dimensions, named by slug, as the IDs the seed gave them. */
const withDimensionIds = <F extends { dimensions: string[] }>(fixture: F, dims: Ids) => ({
  ...fixture,
  dimensions: fixture.dimensions.map((slug) => resolve(dims, slug, 'dimension')),
})

const seedResources = async (payload: Payload, run: SeedRun, dims: Ids) => {
  for (const fixture of resources) await upsertBySlug(payload, 'resources', withDimensionIds(fixture, dims), run)
}

const seedExplanations = async (payload: Payload, run: SeedRun, dims: Ids) => {
  for (const fixture of explanations) await upsertBySlug(payload, 'explanations', withDimensionIds(fixture, dims), run)
}

const seedChecklists = async (payload: Payload, run: SeedRun, dims: Ids, res: Ids) => {
  for (const { cy, ...fixture } of checklists) {
    const sections = fixture.sections.map((section) => ({
      ...section,
      ratingParts: section.ratingParts ?? [],
      dimension: resolve(dims, section.dimension, 'dimension'),
      resources: section.resources.map((slug) => resolve(res, slug, 'resource')),
    }))
    const { id, written } = await upsertBySlug(payload, 'checklists', { ...fixture, sections }, run)
    if (cy && written) await upsertTranslation(payload, 'checklists', id, fixture.slug, cy, run.report)
  }
}

const seedCycle = async (payload: Payload, { report, refresh }: SeedRun, dims: Ids) => {
  const { cy, ...fixture } = caregivingCycle
  const desired = {
    ...fixture,
    dimensionSteps: fixture.dimensionSteps.map((entry) => ({
      ...entry,
      dimension: resolve(dims, entry.dimension, 'dimension'),
    })),
    _status: 'published' as const,
  }
  const read = (locale: 'en' | 'cy'): Promise<CaregivingCycle> =>
    payload.findGlobal({
      slug: 'caregiving-cycle',
      locale,
      fallbackLocale: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
  let english = await read('en')
  if (!refresh && english.title) {
    report.unchanged.push('caregiving-cycle')
    return
  }
  if (containsAll(desired, english)) {
    report.unchanged.push('caregiving-cycle')
  } else {
    english = await payload.updateGlobal({
      slug: 'caregiving-cycle',
      data: desired,
      locale: 'en',
      overrideAccess: true,
    })
    report.updated.push('caregiving-cycle')
  }
  // Array rows are shared by every locale, so the Welsh text must be written onto the same row ids.
  const rows = english.stages ?? []
  const walks = english.dimensionSteps ?? []
  const welsh = {
    title: cy.title,
    // Untranslated text is written as empty, for the reason given on the stages below.
    introduction: null,
    dimensionSteps: walks.map((walk) => ({
      id: walk.id,
      dimension: walk.dimension,
      steps: (walk.steps ?? []).map((step) => ({ id: step.id, stage: step.stage, text: UNTRANSLATED })),
    })),
    stages: rows.map((row) => {
      const stage = fixture.stages.find((candidate) => candidate.key === row.key)
      const translated = cy.stages[row.key]
      if (!stage || !translated) throw new Error(`The cycle stage "${row.key}" has no Welsh fixture.`)
      // Left out, Payload would copy the English explanation into the Welsh row, and the delivery
      // API would then serve it as Welsh; empty, it falls back to English and says so.
      return { id: row.id, key: stage.key, actor: stage.actor, explanation: UNTRANSLATED, ...translated }
    }),
  }
  if (containsAll(welsh, await read('cy'))) {
    report.unchanged.push('caregiving-cycle@cy')
    return
  }
  await payload.updateGlobal({
    slug: 'caregiving-cycle',
    data: { ...welsh, _status: 'published' },
    locale: 'cy',
    overrideAccess: true,
  })
  report.updated.push('caregiving-cycle@cy')
}

/**
 * Loads the project's own description of the Secure Base model, published in English with a
 * partial Welsh translation, plus a demo agency. Safe to run any number of times: documents that
 * exist are kept as editors left them, unless `refresh` asks for the fixture text back.
 */
export const seed = async (payload: Payload, { refresh = false }: { refresh?: boolean } = {}): Promise<SeedReport> => {
  const run: SeedRun = { report: emptyReport(), refresh }
  await seedDimensions(payload, run)
  const dims = await idsBySlug(payload, 'dimensions')
  await seedResources(payload, run, dims)
  const res = await idsBySlug(payload, 'resources')
  await seedExplanations(payload, run, dims)
  await seedChecklists(payload, run, dims, res)
  await seedCycle(payload, run, dims)
  for (const agency of agencies) {
    await upsertBySlug(
      payload,
      'agencies',
      { ...agency, allowedOrigins: agency.allowedOrigins.map((origin) => ({ origin })) },
      run,
    )
  }
  return run.report
}
