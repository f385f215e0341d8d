import type { Payload } from 'payload'
import type { LocalUsers } from '../../helpers/local'
import type { Actor, ContentCollection, Doc, Driver, Outcome } from './driver'

const refused = (error: unknown): Outcome => {
  const status = (error as { status?: number }).status
  return { ok: false, status, message: error instanceof Error ? error.message : String(error) }
}

const attempt = async (run: () => Promise<unknown>): Promise<Outcome> => {
  try {
    const result = (await run()) as { docs?: Doc[] } | Doc | null
    if (result && typeof result === 'object' && 'docs' in result && Array.isArray(result.docs)) {
      return { ok: true, docs: result.docs }
    }
    return { ok: true, doc: (result ?? undefined) as Doc | undefined }
  } catch (error) {
    return refused(error)
  }
}

/** The Local API as a route handler would use it: `overrideAccess: false` with the caller's user. */
export const localDriver = (payload: Payload, users: LocalUsers): Driver => {
  const as = (actor: Actor) => ({ overrideAccess: false, user: actor === 'anonymous' ? undefined : users[actor] })
  return {
    create: (actor, collection, data, draft) =>
      attempt(() => payload.create({ collection, data: data as never, draft, ...as(actor) })),
    read: (actor, collection, id, draft) =>
      attempt(() => payload.findByID({ collection, id, draft, depth: 0, ...as(actor) })),
    list: (actor, collection, draft) =>
      attempt(() => payload.find({ collection, draft, depth: 0, limit: 0, pagination: false, ...as(actor) })),
    update: (actor, collection, id, data, draft) =>
      attempt(() => payload.update({ collection, id, data: data, draft, ...as(actor) })),
    remove: (actor, collection: ContentCollection, id) =>
      attempt(() => payload.delete({ collection, id, ...as(actor) })),
    versions: (actor, collection, id) =>
      attempt(() => payload.findVersions({ collection, where: { parent: { equals: id } }, depth: 0, ...as(actor) })),
    readCycle: (actor, draft) =>
      attempt(() => payload.findGlobal({ slug: 'caregiving-cycle', draft, depth: 0, ...as(actor) })),
    updateCycle: (actor, data, draft) =>
      attempt(() => payload.updateGlobal({ slug: 'caregiving-cycle', data: data, draft, ...as(actor) })),
    cycleVersions: (actor) =>
      attempt(() => payload.findGlobalVersions({ slug: 'caregiving-cycle', depth: 0, ...as(actor) })),
  }
}
