import { DIMENSION_SLUGS } from '@secure-base/content'

export type Actor = 'anonymous' | 'editor' | 'reviewer' | 'admin'
export const ACTORS: Actor[] = ['anonymous', 'editor', 'reviewer', 'admin']

export const CONTENT_COLLECTIONS = ['dimensions', 'explanations', 'checklists', 'resources'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

export type Id = string | number
export type Doc = Record<string, unknown> & { id: Id }

/** What a caller experienced: allowed (with the document, if any) or refused (with a message). */
export type Outcome = { ok: true; doc?: Doc; docs?: Doc[] } | { ok: false; status?: number; message: string }

/**
 * One way of talking to the CMS (Local API, REST or GraphQL). The access matrix runs the same
 * cases through each driver, so a rule that holds in one API but leaks in another shows up.
 */
export interface Driver {
  create(actor: Actor, collection: ContentCollection, data: Record<string, unknown>, draft: boolean): Promise<Outcome>
  read(actor: Actor, collection: ContentCollection, id: Id, draft: boolean): Promise<Outcome>
  list(actor: Actor, collection: ContentCollection, draft: boolean): Promise<Outcome>
  update(
    actor: Actor,
    collection: ContentCollection,
    id: Id,
    data: Record<string, unknown>,
    draft: boolean,
  ): Promise<Outcome>
  remove(actor: Actor, collection: ContentCollection, id: Id): Promise<Outcome>
  versions(actor: Actor, collection: ContentCollection, id: Id): Promise<Outcome>
  readCycle(actor: Actor, draft: boolean): Promise<Outcome>
  updateCycle(actor: Actor, data: Record<string, unknown>, draft: boolean): Promise<Outcome>
  cycleVersions(actor: Actor): Promise<Outcome>
}

/** The field each collection uses as its visible title. */
export const titleField = (collection: ContentCollection): string => (collection === 'dimensions' ? 'name' : 'title')

let counter = 0

/**
 * A valid new document. Dimensions allow only the five fixed slugs and orders, so the matrix runs
 * on a database without seeded dimensions and frees each slot again after every case.
 */
export const validData = (collection: ContentCollection, title: string): Record<string, unknown> => {
  counter += 1
  const slug = `matrix-${collection}-${counter}`
  switch (collection) {
    case 'dimensions': {
      const index = counter % DIMENSION_SLUGS.length
      return {
        name: title,
        slug: DIMENSION_SLUGS[index],
        order: index + 1,
        subtitle: 'a subtitle for the access matrix',
        colour: '#336699',
        summary: 'A summary.',
        caregiverFocus: 'A focus.',
        childGains: 'A gain.',
      }
    }
    case 'explanations':
      return { title, slug }
    case 'checklists':
      return { title, slug, ageBand: '5-10-years' }
    case 'resources':
      return { title, slug, type: 'link', externalUrl: 'https://example.org/resource', language: 'en' }
  }
}
