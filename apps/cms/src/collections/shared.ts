import type { CollectionConfig, CollectionSlug } from 'payload'
import { adminOnly, anyStaffRole, loggedIn, publishedOrLoggedIn } from '../access'
import { guardCollectionPublishing, rememberDraftSave } from '../hooks/guardPublishing'
import { rejectMalformedId } from '../hooks/rejectMalformedId'

/** Every piece of model content follows the same review workflow: drafts by editors, publishing by reviewers. */
const contentAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrLoggedIn,
  create: anyStaffRole,
  update: anyStaffRole,
  delete: adminOnly,
  readVersions: loggedIn,
}

const contentVersions: CollectionConfig['versions'] = { drafts: true, maxPerDoc: 50 }

const contentHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeOperation: [rejectMalformedId(), rememberDraftSave],
  beforeChange: [guardCollectionPublishing],
}

const CONTENT_GROUP = 'Model content'

/** Only those who may publish are offered the Publish button (see `guardPublishing` for the rule itself). */
export const REVIEWER_PUBLISH_BUTTON = '/components/ReviewerPublishButton#ReviewerPublishButton'

/**
 * A collection of model content: the review workflow's access, versions and hooks, listed in the
 * admin's content group with the Publish button offered to reviewers only.
 */
export const contentCollection = <Slug extends CollectionSlug>({
  admin,
  ...config
}: CollectionConfig<Slug>): CollectionConfig<Slug> => ({
  ...config,
  admin: { ...admin, group: CONTENT_GROUP, components: { edit: { PublishButton: REVIEWER_PUBLISH_BUTTON } } },
  access: contentAccess,
  versions: contentVersions,
  hooks: contentHooks,
})
