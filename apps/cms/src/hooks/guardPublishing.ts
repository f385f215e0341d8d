import { APIError, type CollectionBeforeChangeHook, type GlobalBeforeChangeHook } from 'payload'
import { canPublish } from '../access/roles'

export const PUBLISH_FORBIDDEN_MESSAGE =
  'Editors save drafts; only a reviewer or an admin can publish. Save this as a draft and ask a reviewer to publish it.'

const assertMayPublish = (
  status: unknown,
  user: Parameters<typeof canPublish>[0],
): void => {
  // Local API calls without a user (seed, migrations) run with full trust.
  if (!user) return
  if (status === 'published' && !canPublish(user)) {
    throw new APIError(PUBLISH_FORBIDDEN_MESSAGE, 403, { reason: 'publishing-needs-a-reviewer' }, true)
  }
}

/** Rejects an editor's save whenever it would change what the public sees. */
const statusOf = (value: unknown): unknown =>
  value && typeof value === 'object' ? (value as { _status?: unknown })._status : undefined

// A save that names no status keeps the stored one, so a plain update of a published
// document would change the live version: that counts as publishing too.
export const guardCollectionPublishing: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  assertMayPublish(statusOf(data) ?? statusOf(originalDoc), req.user)
  return data
}

export const guardGlobalPublishing: GlobalBeforeChangeHook = ({ data, originalDoc, req }) => {
  assertMayPublish(statusOf(data) ?? statusOf(originalDoc), req.user)
  return data
}
