import type { Access } from 'payload'
import { roleOf } from './roles'

/** Staff see every version; the public only ever sees what a reviewer published. */
export const publishedOrLoggedIn: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}

export const anyStaffRole: Access = ({ req: { user } }) => roleOf(user) !== undefined

export const loggedIn: Access = ({ req: { user } }) => Boolean(user)

export const anyone: Access = () => true
