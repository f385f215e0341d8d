import type { CollectionConfig } from 'payload'
import { adminOnly, anyStaffRole, loggedIn, publishedOrLoggedIn } from '../access'
import { guardCollectionPublishing, rememberDraftSave } from '../hooks/guardPublishing'
import { rejectMalformedId } from '../hooks/rejectMalformedId'

/** Every piece of model content follows the same review workflow: drafts by editors, publishing by reviewers. */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrLoggedIn,
  create: anyStaffRole,
  update: anyStaffRole,
  delete: adminOnly,
  readVersions: loggedIn,
}

export const contentVersions: CollectionConfig['versions'] = { drafts: true, maxPerDoc: 50 }

export const contentHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeOperation: [rejectMalformedId(), rememberDraftSave],
  beforeChange: [guardCollectionPublishing],
}

export const CONTENT_GROUP = 'Model content'

/** Only those who may publish are offered the Publish button (see `guardPublishing` for the rule itself). */
export const REVIEWER_PUBLISH_BUTTON = '/components/ReviewerPublishButton#ReviewerPublishButton'
