'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import { canPublish } from '../access/roles'

/**
 * Publishing belongs to reviewers and admins (the server refuses anyone else), so an editor sees
 * where their draft goes next instead of a button that would only answer with an error.
 */
export function ReviewerPublishButton() {
  const { user } = useAuth()
  if (canPublish(user)) return <PublishButton />
  return (
    <span className="reviewer-publish-note" style={{ alignSelf: 'center', opacity: 0.8 }}>
      A reviewer publishes saved drafts
    </span>
  )
}
