import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type GlobalBeforeChangeHook,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { canPublish } from '../access/roles'
import { isRecord } from '../lib/documents'

export const PUBLISH_FORBIDDEN_MESSAGE =
  'Editors save drafts; only a reviewer or an admin can publish. Save this as a draft and ask a reviewer to publish it.'

const DRAFT_SAVE = 'secureBaseDraftSave'

const refuse = (): never => {
  throw new APIError(PUBLISH_FORBIDDEN_MESSAGE, 403, { reason: 'publishing-needs-a-reviewer' }, true)
}

const statusOf = (value: unknown): unknown => (isRecord(value) ? value._status : undefined)

/**
 * Payload only tells the operation, not the change hooks, whether a save is a draft save, so the
 * flag is passed along in the request context.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context[DRAFT_SAVE] = Boolean(args.draft)
  }
  return args
}

/**
 * An editor may only touch what the public does not see: a new draft, or a draft saved on top of
 * a published document. Publishing, unpublishing and editing the live version all need a reviewer.
 * Calls without a user (seed, migrations) run with full trust.
 */
const assertMayChange = (req: PayloadRequest, data: unknown, originalDoc: unknown, draftSave: boolean): void => {
  if (!req.user || canPublish(req.user)) return
  if (statusOf(data) === 'published') refuse()
  const live = statusOf(originalDoc) === 'published'
  if (live && !draftSave) refuse()
}

export const guardCollectionPublishing: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  assertMayChange(req, data, originalDoc, req.context[DRAFT_SAVE] === true)
  return data
}

export const rememberGlobalDraftSave: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  // Payload leaves a global operation's arguments untyped.
  if (operation === 'update') req.context[DRAFT_SAVE] = isRecord(args) && Boolean(args.draft)
  return args
}

// The cycle is one document that is always delivered (the original document here may be the
// latest draft), so any save of it that is not a draft save counts as changing the live version.
export const guardGlobalPublishing: GlobalBeforeChangeHook = ({ data, req }) => {
  assertMayChange(req, data, { _status: 'published' }, req.context[DRAFT_SAVE] === true)
  return data
}
