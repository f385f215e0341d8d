import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  Plugin,
} from 'payload'
import { wholeNumberSetting } from '../lib/runtime'
import { invalidateAgencies, invalidateContent } from './cache'
import { watchSharedDatabase } from './sync'

/** Everything the delivery API reads from; a change to any of them can alter a delivered response. */
export const DELIVERED_COLLECTIONS = ['dimensions', 'checklists', 'resources', 'media', 'explanations'] as const
export const DELIVERED_GLOBALS = ['caregiving-cycle'] as const
const AGENCIES = 'agencies'

const clearContent: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  invalidateContent()
  return doc
}

const clearAgencies: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  invalidateAgencies()
  return doc
}

const clearGlobal: GlobalAfterChangeHook = ({ doc }) => {
  invalidateContent()
  return doc
}

const withCollectionHooks = (
  collection: CollectionConfig,
  hook: CollectionAfterChangeHook & CollectionAfterDeleteHook,
): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), hook],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), hook],
  },
})

const withGlobalHooks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), clearGlobal] },
})

/** How often each production instance looks for changes made through the others; `0` turns it off. */
const syncIntervalMs = (): number =>
  wholeNumberSetting(process.env, 'SECURE_BASE_SYNC_INTERVAL_MS', {
    fallback: process.env.NODE_ENV === 'production' ? 500 : 0,
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    meaning: 'how many milliseconds apart each instance looks for changes made through others',
  })

/**
 * Keeps the delivery cache honest: any saved, published or deleted content (or a change to an
 * agency's allowed origins) drops the cached responses, so the next widget load sees it. In
 * production each instance also watches the database for changes made through other instances
 * (see `sync.ts`).
 */
export const deliveryPlugin = (): Plugin => {
  const plugin: Plugin = (config) => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      const interval = syncIntervalMs()
      if (interval > 0 && process.env.PAYLOAD_MIGRATING !== 'true') {
        watchSharedDatabase(
          payload,
          { contentCollections: DELIVERED_COLLECTIONS, contentGlobals: DELIVERED_GLOBALS, agencies: AGENCIES },
          interval,
        )
      }
    },
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === AGENCIES) return withCollectionHooks(collection, clearAgencies)
      if (DELIVERED_COLLECTIONS.some((slug) => slug === collection.slug))
        return withCollectionHooks(collection, clearContent)
      return collection
    }),
    globals: (config.globals ?? []).map((global) =>
      DELIVERED_GLOBALS.some((slug) => slug === global.slug) ? withGlobalHooks(global) : global,
    ),
  })
  plugin.slug = 'secure-base-delivery'
  return plugin
}
