import { isRecord, relationId } from '../lib/documents'
import type { User } from '../payload-types'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/**
 * A user from the server (`req.user`, a `User`) or from the admin's client (`useAuth`, whose user
 * Payload leaves untyped); only `role` and `agency` are read, and checked as they are.
 */
type MaybeUser = object | null | undefined

const field = (user: MaybeUser, name: keyof User): unknown => (isRecord(user) ? user[name] : undefined)

export const roleOf = (user: MaybeUser): Role | undefined => {
  const role = field(user, 'role')
  return ROLES.find((known) => known === role)
}

export const isAdminUser = (user: MaybeUser): boolean => roleOf(user) === 'admin'

/** Reviewers and admins carry the publishing responsibility; editors only prepare drafts. */
export const canPublish = (user: MaybeUser): boolean => {
  const role = roleOf(user)
  return role === 'admin' || role === 'reviewer'
}

/** The agency a member of an agency's staff belongs to; undefined for everyone else. */
export const agencyOf = (user: MaybeUser): string | number | undefined => relationId(field(user, 'agency'))
