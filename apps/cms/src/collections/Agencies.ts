import type { CollectionConfig } from 'payload'
import { adminOnly, adminOrOwnAgency } from '../access'
import { colourField } from '../fields/colour'
import { agencyEmbedField } from '../fields/embed'
import { normalizeOriginOnSave, validateHttpUrl, validateOrigin } from '../fields/origin'
import { slugField } from '../fields/slug'
import { rejectMalformedId } from '../hooks/rejectMalformedId'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const Agencies: CollectionConfig<'agencies'> = {
  slug: 'agencies',
  labels: { singular: 'Agency', plural: 'Agencies' },
  admin: {
    group: 'Partners',
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'analyticsOptIn'],
    description:
      'Fostering and adoption agencies, residential homes and schools that embed the widgets on their own websites.',
  },
  access: { read: adminOrOwnAgency, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeOperation: [rejectMalformedId()] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField(),
    {
      name: 'allowedOrigins',
      type: 'array',
      labels: { singular: 'Allowed origin', plural: 'Allowed origins' },
      admin: {
        description:
          'The websites allowed to load content into the widgets from a browser, e.g. https://fostering.example.org.',
      },
      fields: [
        {
          name: 'origin',
          type: 'text',
          required: true,
          hooks: { beforeValidate: [normalizeOriginOnSave] },
          validate: (value: unknown) => validateOrigin(value),
        },
      ],
    },
    {
      name: 'theme',
      type: 'group',
      admin: { description: 'Colours the widgets use on this agency’s pages.' },
      fields: [
        colourField('primary', { description: 'Buttons and highlights.' }),
        colourField('accent', { description: 'Secondary highlights.' }),
        colourField('surface', { description: 'Card and panel backgrounds.' }),
        colourField('text', { description: 'Body text.' }),
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        {
          name: 'email',
          type: 'text',
          validate: (value: unknown) =>
            value === undefined || value === null || value === '' || (typeof value === 'string' && EMAIL.test(value))
              ? true
              : `"${String(value)}" is not an email address.`,
        },
        { name: 'phone', type: 'text' },
        { name: 'website', type: 'text', validate: (value: unknown) => validateHttpUrl(value) },
      ],
    },
    agencyEmbedField,
    {
      name: 'analyticsOptIn',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Whether the agency has agreed to anonymous usage counts. Nothing about a child is ever collected.',
      },
    },
  ],
}
