import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  Plugin,
} from 'payload'
import { invalidateAgencies, invalidateContent } from './cache'

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

/**
 * Keeps the delivery cache honest: any saved, published or deleted content (or a change to an
 * agency's allowed origins) drops the cached responses, so the next widget load sees it.
 */
export const deliveryPlugin = (): Plugin => {
  const plugin: Plugin = (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === AGENCIES) return withCollectionHooks(collection, clearAgencies)
      if ((DELIVERED_COLLECTIONS as readonly string[]).includes(collection.slug))
        return withCollectionHooks(collection, clearContent)
      return collection
    }),
    globals: (config.globals ?? []).map((global) =>
      (DELIVERED_GLOBALS as readonly string[]).includes(global.slug) ? withGlobalHooks(global) : global,
    ),
  })
  plugin.slug = 'secure-base-delivery'
  return plugin
}
