import { NotFound, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

/**
 * With numeric IDs (the SQLite adapter) a request such as /api/dimensions/abc would reach the
 * database and come back as a 500. No document can have such an ID, so it is a plain 404. The
 * check asks the adapter which ID type it uses instead of assuming one.
 */
export const rejectMalformedId =
  <Slug extends CollectionSlug>(): CollectionBeforeOperationHook<Slug> =>
  ({ args, req }) => {
    const id = 'id' in args ? args.id : undefined
    if (id === undefined || id === null) return args
    if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(String(id))) throw new NotFound(req.t)
    return args
  }
