import { randomBytes } from 'node:crypto'
import type { ChecklistResponse } from '@secure-base/content'

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

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>

const caller =
  (origin: string, token?: string): Call =>
  async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
    return JSON.parse(text) as T
  }

/** On an empty database the first account registered is an admin. */
const adminOf = async (origin: string): Promise<Call> => {
  const email = 'bench-admin@example.org'
  const password = randomBytes(12).toString('base64url')
  const anonymous = caller(origin)
  await anonymous('POST', '/api/users/first-register', { email, password, name: 'Benchmark admin' })
  const { token } = await anonymous<{ token?: string }>('POST', '/api/users/login', { email, password })
  if (!token) throw new Error('logging in as the bench admin gave no token')
  return caller(origin, token)
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
  const admin = await adminOf(cmsOrigin)
  const dimensions = await admin<{ docs: Doc[] }>('GET', '/api/dimensions?depth=0&limit=100')
  const dimensionIds = new Map(dimensions.docs.map((d) => [d.slug ?? '', d.id]))
  for (const checklist of checklists)
    await admin('POST', '/api/checklists?depth=0', checklistDocument(checklist, dimensionIds))

  // The delivery API answers only pages on an origin an agency lists.
  const agencies = await admin<{ docs: Doc[] }>('GET', '/api/agencies?depth=0&limit=1')
  const agency = agencies.docs[0]
  const origins = pageOrigins.map((origin) => ({ origin }))
  if (agency) {
    const listed = (agency.allowedOrigins ?? []).map(({ origin }) => ({ origin }))
    await admin('PATCH', `/api/agencies/${agency.id}?depth=0`, { allowedOrigins: [...listed, ...origins] })
  } else
    await admin('POST', '/api/agencies?depth=0', {
      name: 'Benchmark agency',
      slug: 'benchmark-agency',
      allowedOrigins: origins,
    })
}
