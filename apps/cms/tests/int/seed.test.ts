import { AGE_BANDS, DIMENSION_SLUGS, RESOURCE_TYPES } from '@secure-base/content'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed } from '../../src/seed'
import { demoEmail, ensureDemoUsers } from '../../src/seed/demoUsers'
import { bootLocalCms, type LocalCms } from '../helpers/local'

const COLLECTIONS: CollectionSlug[] = ['dimensions', 'explanations', 'checklists', 'resources', 'agencies']

let cms: LocalCms

beforeAll(async () => {
  cms = await bootLocalCms({ seed: true })
})
afterAll(async () => {
  await cms?.cleanup()
})

const snapshot = async () => {
  const { payload } = cms
  const state: Record<string, { count: number; stamps: string[] }> = {}
  for (const collection of COLLECTIONS) {
    const all = await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    state[collection] = {
      count: all.totalDocs,
      stamps: all.docs.map((doc) => `${doc.id}:${String((doc as { updatedAt?: string }).updatedAt)}`).sort(),
    }
    const versions = await payload.countVersions({ collection, overrideAccess: true }).catch(() => ({ totalDocs: -1 }))
    state[`${collection}:versions`] = { count: versions.totalDocs, stamps: [] }
  }
  const cycle = await payload.findGlobal({ slug: 'caregiving-cycle', depth: 0, overrideAccess: true })
  state.cycle = { count: 1, stamps: [String(cycle.updatedAt)] }
  return state
}

describe('seed', () => {
  it('changes nothing when run a second time', async () => {
    const before = await snapshot()
    const report = await seed(cms.payload)
    expect(report.created).toEqual([])
    expect(report.updated).toEqual([])
    expect(await snapshot()).toEqual(before)
    const refreshed = await seed(cms.payload, { refresh: true })
    expect(refreshed.updated).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('keeps what an editor changed in a seeded document; only a refresh puts the fixture text back', async () => {
    const find = async () =>
      (
        await cms.payload.find({
          collection: 'dimensions',
          where: { slug: { equals: 'availability' } },
          depth: 0,
          draft: false,
        })
      ).docs[0]!
    const seeded = await find()
    await cms.payload.update({
      collection: 'dimensions',
      id: seeded.id,
      data: { subtitle: 'our agency’s own words', _status: 'published' },
      locale: 'en',
      overrideAccess: true,
    })

    const kept = await seed(cms.payload)
    expect(kept.updated).toEqual([])
    expect((await find()).subtitle).toBe('our agency’s own words')

    const refreshed = await seed(cms.payload, { refresh: true })
    expect(refreshed.updated).toEqual(['dimensions/availability'])
    expect((await find()).subtitle).toBe(seeded.subtitle)
  })

  it('publishes the five dimensions in order, each with notes for every care setting', async () => {
    const { docs } = await cms.payload.find({ collection: 'dimensions', sort: 'order', depth: 0, draft: false })
    expect(docs.map((doc) => doc.slug)).toEqual([...DIMENSION_SLUGS])
    expect(docs.map((doc) => doc.order)).toEqual([1, 2, 3, 4, 5])
    expect(docs.map((doc) => doc.subtitle)).toEqual([
      'helping the child to trust',
      'helping the child to manage feelings',
      'building the child’s self-esteem',
      'helping the child to feel effective',
      'helping the child to belong',
    ])
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      expect(doc.settingNotes?.map((note) => note.setting).sort()).toEqual([
        'adoption',
        'foster-care',
        'kinship-care',
        'residential-care',
        'schools',
      ])
      expect(doc.explanation?.root.children.length).toBeGreaterThan(0)
    }
  })

  it('has four sample checklists, one per age band, with 3 to 6 items per dimension', async () => {
    const { docs } = await cms.payload.find({ collection: 'checklists', depth: 1, limit: 10 })
    expect(docs.map((doc) => doc.ageBand).sort()).toEqual([...AGE_BANDS].sort())
    for (const checklist of docs) {
      expect(checklist.isSample).toBe(true)
      expect(checklist.asksRating).toBe(true)
      const sections = checklist.sections ?? []
      const slugs = sections.map((section) =>
        typeof section.dimension === 'object' ? section.dimension.slug : section.dimension,
      )
      expect(slugs).toEqual([...DIMENSION_SLUGS])
      for (const section of sections) {
        expect(section.items?.length).toBeGreaterThanOrEqual(3)
        expect(section.items?.length).toBeLessThanOrEqual(6)
        for (const item of section.items ?? []) expect(item.evidencePrompt).toBeTruthy()
        expect(section.guidance?.root.children.length).toBeGreaterThan(0)
        expect(section.resources?.length).toBeGreaterThan(0)
      }
      const family = sections[4]
      expect(family?.ratingParts?.map((part) => part.key)).toEqual(['this-family', 'birth-family'])
      const intro = JSON.stringify(checklist.introduction)
      expect(intro).toMatch(/sample questions/)
      expect(intro).toMatch(/licensed checklist text/)
    }
  })

  it('has ten or more resources linking to UEA, of every type', async () => {
    const { docs } = await cms.payload.find({ collection: 'resources', limit: 0, pagination: false })
    expect(docs.length).toBeGreaterThanOrEqual(10)
    expect(new Set(docs.map((doc) => doc.type))).toEqual(new Set(RESOURCE_TYPES))
    for (const doc of docs) {
      expect(doc.externalUrl).toMatch(
        /^https:\/\/www\.uea\.ac\.uk\/groups-and-centres\/centre-for-research-on-children-and-families\/secure-base-model/,
      )
    }
  })

  it('has at least four explanations, and the introduction credits Schofield and Beek at UEA', async () => {
    const { docs } = await cms.payload.find({ collection: 'explanations', limit: 0, pagination: false })
    expect(docs.length).toBeGreaterThanOrEqual(4)
    expect(docs.map((doc) => doc.slug)).toEqual(
      expect.arrayContaining(['introduction', 'the-caregiving-cycle', 'residential-care', 'schools']),
    )
    const intro = JSON.stringify(docs.find((doc) => doc.slug === 'introduction')?.body)
    expect(intro).toContain('Gillian Schofield and Mary Beek')
    expect(intro).toContain('University of East Anglia')
  })

  it('has the caregiving cycle with four stages and every dimension walked through each stage', async () => {
    const cycle = await cms.payload.findGlobal({ slug: 'caregiving-cycle', depth: 1 })
    const keys = cycle.stages?.map((stage) => stage.key)
    expect(keys).toEqual(['child-needs', 'caregiver-thinking', 'caregiver-behaviour', 'child-thinking'])
    expect(cycle.stages?.map((stage) => stage.actor)).toEqual(['child', 'caregiver', 'caregiver', 'child'])
    expect(cycle.dimensionSteps).toHaveLength(5)
    for (const entry of cycle.dimensionSteps ?? []) {
      expect(entry.steps?.map((step) => step.stage)).toEqual(keys)
      for (const step of entry.steps ?? []) expect(step.text).toMatch(/\w/)
    }
  })

  it('translates part of the content into Welsh and leaves the rest to fall back', async () => {
    const welsh = await cms.payload.find({
      collection: 'dimensions',
      locale: 'cy',
      fallbackLocale: false,
      sort: 'order',
      depth: 0,
    })
    const availability = welsh.docs[0]
    expect(availability?.name).toBe('Argaeledd')
    expect(availability?.caregiverFocus ?? null).toBeNull()
    const cycle = await cms.payload.findGlobal({ slug: 'caregiving-cycle', locale: 'cy', fallbackLocale: false })
    expect(cycle.title).toBe('Y cylch gofalu')
    expect(cycle.stages?.[0]?.label).toBe('Anghenion ac ymddygiad y plentyn')
    const english = await cms.payload.findGlobal({ slug: 'caregiving-cycle', locale: 'en' })
    expect(english.stages?.[0]?.label).toBe('The child’s needs and behaviour')
    // Untranslated stage text stays empty in Welsh, so the delivery API serves it as marked English, never as Welsh.
    for (const stage of cycle.stages ?? []) expect(stage.explanation ?? null).toBeNull()
    expect(cycle.introduction ?? null).toBeNull()
    for (const walk of cycle.dimensionSteps ?? [])
      for (const step of walk.steps ?? []) expect(step.text ?? null).toBeNull()
    const checklists = await cms.payload.find({ collection: 'checklists', locale: 'cy', fallbackLocale: false })
    expect(checklists.docs.filter((doc) => doc.title).length).toBe(1)
  })

  it('seeds the demo agency with the partner page origins', async () => {
    const { docs } = await cms.payload.find({
      collection: 'agencies',
      where: { slug: { equals: 'harbour-lights-fostering' } },
    })
    expect(docs[0]?.allowedOrigins?.map((row) => row.origin)).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ])
    expect(docs[0]?.analyticsOptIn).toBe(true)
  })

  it('creates one demo account per role when asked, and refreshes rather than duplicates them', async () => {
    await ensureDemoUsers(cms.payload)
    await ensureDemoUsers(cms.payload)
    const { docs } = await cms.payload.find({
      collection: 'users',
      where: { email: { like: '@demo.secure-base.local' } },
      overrideAccess: true,
    })
    expect(docs.map((user) => `${user.role}:${user.email}`).sort()).toEqual(
      (['admin', 'editor', 'reviewer'] as const).map((role) => `${role}:${demoEmail(role)}`),
    )
  })
})
