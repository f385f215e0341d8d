import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { adminOnly, adminOnlyField, adminOrSelf } from '../access'
import { ROLES } from '../access/roles'
import { rejectMalformedId } from '../hooks/rejectMalformedId'
import { servesHttps } from '../lib/runtime'
import { ACCOUNT_LOCK_MS, ACCOUNT_MAX_FAILED_LOGINS, throttleLogin } from '../security/login'

/**
 * Payload invites whoever opens /admin on an empty database to create the first account; that
 * person has to be able to invite everyone else, so the very first user always becomes an admin.
 */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    // A short lock: it slows guessing at one account without letting a stranger keep its owner out
    // for long (src/security/login.ts has the whole policy, SECURITY.md explains it).
    maxLoginAttempts: ACCOUNT_MAX_FAILED_LOGINS,
    lockTime: ACCOUNT_LOCK_MS,
    cookies: {
      // Sent over https only whenever the CMS's public address is https; Lax keeps it off
      // cross-site subrequests, and the CSRF origin list (payload.config.ts) covers same-site ones.
      secure: servesHttps(),
      sameSite: 'Lax',
    },
  },
  admin: {
    group: 'People',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'agency'],
    description:
      'Editors write drafts, reviewers publish them, admins manage accounts and agencies. The first account ever created is an admin.',
  },
  access: {
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    // Payload lets any signed-in user unlock any account by default; only admins may here.
    unlock: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeOperation: [rejectMalformedId(), throttleLogin], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) })),
      // Only an admin may hand out or change a role, so nobody can promote themselves.
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        position: 'sidebar',
        description: 'Editor: writes drafts. Reviewer: also publishes. Admin: also manages users and agencies.',
      },
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar', description: 'For an agency’s own staff: lets them see that agency’s settings.' },
    },
  ],
}
