import type { Access } from 'payload'
import { agencyOf, isAdminUser } from './roles'

/** An agency's settings are private to admins and to that agency's own staff. */
export const adminOrOwnAgency: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  const agency = agencyOf(user)
  if (agency === undefined) return false
  return { id: { equals: agency } }
}
