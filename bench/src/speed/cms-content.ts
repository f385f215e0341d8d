import { randomBytes } from 'node:crypto'
import type { ChecklistResponse } from '@secure-base/content'
import { registerFirstAdmin } from '@secure-base/test-support/rest'

/**
 * Puts the bench's generated checklists into a running CMS the way an editor would, through
 * Payload's REST API with an admin's login, published, and lists the page origins that may read
 * them. The delivery API then serves them like any other checklist.
 */

interface Doc {
  id: string | number
  slug?: string
  allowedOrigins?: { origin: string }[]
}

/** The checklist as the admin's form would save it: the seeded dimensions by id, the same questions and rating parts. */
const checklistDocument = (response: ChecklistResponse, dimensionIds: Map<string, string | number>) => {
  const checklist = response.data
  return {
    title: checklist.title,
    slug: checklist.slug,
    ageBand: checklist.ageBand,
    settings: checklist.settings,
    asksRating: checklist.asksRating,
    isSample: checklist.isSample,
    sections: checklist.sections.map((section) => {
      const dimension = dimensionIds.get(section.dimension.slug)
      if (dimension === undefined) throw new Error(`the CMS has no dimension ${section.dimension.slug}; was it seeded?`)
      return {
        dimension,
        ratingParts: section.ratingParts.map(({ key, label }) => ({ key, label })),
        items: section.items.map(({ question, evidencePrompt }) => ({ question, evidencePrompt })),
      }
    }),
    _status: 'published',
  }
}

export const publishChecklists = async (
  cmsOrigin: string,
  checklists: readonly ChecklistResponse[],
  pageOrigins: readonly string[],
): Promise<void> => {
  const admin = await registerFirstAdmin(cmsOrigin, {
    email: 'bench-admin@example.org',
    password: randomBytes(12).toString('base64url'),
    name: 'Benchmark admin',
  })
  const dimensions = await admin.get<{ docs: Doc[] }>('/api/dimensions?depth=0&limit=100')
  const dimensionIds = new Map(dimensions.docs.map((d) => [d.slug ?? '', d.id]))
  for (const checklist of checklists)
    await admin.post('/api/checklists?depth=0', checklistDocument(checklist, dimensionIds))

  // The delivery API answers only pages on an origin an agency lists.
  const agencies = await admin.get<{ docs: Doc[] }>('/api/agencies?depth=0&limit=1')
  const agency = agencies.docs[0]
  const origins = pageOrigins.map((origin) => ({ origin }))
  if (agency) {
    const listed = (agency.allowedOrigins ?? []).map(({ origin }) => ({ origin }))
    await admin.patch(`/api/agencies/${agency.id}?depth=0`, { allowedOrigins: [...listed, ...origins] })
  } else
    await admin.post('/api/agencies?depth=0', {
      name: 'Benchmark agency',
      slug: 'benchmark-agency',
      allowedOrigins: origins,
    })
}
