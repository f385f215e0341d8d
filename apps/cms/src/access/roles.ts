export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/** A user from the server (`req.user`) or from the admin's client (`useAuth`); only `role` is read. */
type MaybeUser = object | null | undefined

export const roleOf = (user: MaybeUser): Role | undefined => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (ROLES as readonly string[]).includes(role) ? (role as Role) : undefined
}

export const isAdminUser = (user: MaybeUser): boolean => roleOf(user) === 'admin'

/** Reviewers and admins carry the publishing responsibility; editors only prepare drafts. */
export const canPublish = (user: MaybeUser): boolean => {
  const role = roleOf(user)
  return role === 'admin' || role === 'reviewer'
}

/** A relationship may arrive as a bare ID or as the populated document, depending on depth. */
export const relationId = (value: unknown): string | number | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return id
  }
  return undefined
}
