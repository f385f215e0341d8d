import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { adminOnly, adminOnlyField, adminOrSelf } from '../access'
import { ROLES } from '../access/roles'
import { rejectMalformedId } from '../hooks/rejectMalformedId'

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
  auth: true,
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
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeOperation: [rejectMalformedId()], beforeChange: [firstUserIsAdmin] },
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
