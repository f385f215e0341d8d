import type { Payload } from 'payload'
import { invalidateAgencies, invalidateContent } from './cache'

/**
 * Keeps several CMS instances on one database in step. A change made through one instance clears
 * that instance's delivery cache at once (see `plugin.ts`); every instance also reads, every
 * `intervalMs`, a small fingerprint of what the delivery API depends on (per collection the number
 * of documents and the latest `updatedAt`, per global its `updatedAt`) and clears its own cache
 * when the fingerprint moves. A publish on one instance is therefore served by the others within
 * about one interval, through the database alone, with no shared memory or message bus.
 */
export interface WatchedSources {
  contentCollections: readonly string[]
  contentGlobals: readonly string[]
  agencies: string
}

const collectionMark = async (payload: Payload, collection: string): Promise<string> => {
  const { totalDocs, docs } = await payload.find({
    collection: collection as 'dimensions',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: '-updatedAt',
    select: { updatedAt: true },
  })
  return `${collection}:${totalDocs}:${docs[0]?.updatedAt ?? ''}`
}

const globalMark = async (payload: Payload, slug: string): Promise<string> => {
  const doc = await payload.findGlobal({
    slug: slug as 'caregiving-cycle',
    overrideAccess: true,
    depth: 0,
    select: { updatedAt: true },
  })
  return `${slug}:${doc.updatedAt ?? ''}`
}

export const watchSharedDatabase = (payload: Payload, sources: WatchedSources, intervalMs: number): (() => void) => {
  let content: string | undefined
  let agencies: string | undefined
  let failing = false
  const tick = async () => {
    try {
      const nextContent = (
        await Promise.all([
          ...sources.contentCollections.map((c) => collectionMark(payload, c)),
          ...sources.contentGlobals.map((g) => globalMark(payload, g)),
        ])
      ).join('|')
      const nextAgencies = await collectionMark(payload, sources.agencies)
      if (content !== undefined && nextContent !== content) invalidateContent()
      if (agencies !== undefined && nextAgencies !== agencies) invalidateAgencies()
      content = nextContent
      agencies = nextAgencies
      if (failing) payload.logger.info('Reading the shared database for changes works again.')
      failing = false
    } catch (error) {
      if (!failing)
        payload.logger.error({ err: error, msg: 'Could not read the shared database for changes; will keep trying.' })
      failing = true
    }
  }
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    void tick().finally(() => (running = false))
  }, intervalMs)
  // The watch must never be what keeps a process (a CLI run, a test) alive.
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}
