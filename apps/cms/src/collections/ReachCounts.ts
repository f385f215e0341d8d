import type { Access, CollectionConfig } from 'payload'
import { adminOnly, agencyOf, isAdminUser } from '../access'

export const REACH_COUNTS_SLUG = 'reach-counts' as const

/** An agency's staff see their own agency's counts; admins see every agency's. */
const adminOrOwnAgencyCounts: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  const agency = agencyOf(user)
  if (agency === undefined) return false
  return { agency: { equals: agency } }
}

/**
 * How often a checklist was started and completed on an agency's pages, per day. Only these
 * totals exist: no answers, notes, cookies, addresses or any other trace of a visitor is kept.
 * Rows are written by the reach endpoint alone (apps/cms/src/reach/counts.ts), never by hand.
 */
export const ReachCounts: CollectionConfig<typeof REACH_COUNTS_SLUG> = {
  slug: REACH_COUNTS_SLUG,
  labels: { singular: 'Reach count', plural: 'Reach counts' },
  admin: {
    group: 'Partners',
    useAsTitle: 'checklist',
    defaultColumns: ['day', 'agency', 'checklist', 'started', 'completed'],
    description:
      'How many visitors started and completed each checklist on your pages, per day (UTC). Counted only for agencies that opted in; nothing about a visitor or a child is stored.',
    // Only admins and agency staff have counts to look at.
    hidden: ({ user }) => !isAdminUser(user) && agencyOf(user) === undefined,
  },
  access: {
    read: adminOrOwnAgencyCounts,
    create: () => false,
    update: () => false,
    delete: adminOnly,
  },
  indexes: [{ fields: ['agency', 'checklist', 'day'], unique: true }],
  fields: [
    // Not required: deleting an agency must stay possible, and the database then clears the link.
    { name: 'agency', type: 'relationship', relationTo: 'agencies', index: true },
    {
      name: 'checklist',
      type: 'text',
      required: true,
      admin: { description: 'The checklist’s slug.' },
    },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The day in UTC, as YYYY-MM-DD.' },
    },
    { name: 'started', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'completed', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
  timestamps: true,
}
