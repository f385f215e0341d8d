import { requiredInDefaultLocale } from '../fields/localized'
import { slugField } from '../fields/slug'
import { settingsField } from '../fields/vocabulary'
import { contentCollection } from './shared'

export const Explanations = contentCollection<'explanations'>({
  slug: 'explanations',
  labels: { singular: 'Explanation', plural: 'Explanations' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'settings', 'order', '_status'],
    description: 'Pages that explain the model: an introduction, the caregiving cycle, using it in different settings.',
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, validate: requiredInDefaultLocale },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      admin: { description: 'One or two sentences for lists and link previews.' },
    },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'dimensions',
      type: 'relationship',
      relationTo: 'dimensions',
      hasMany: true,
      admin: { position: 'sidebar', description: 'The dimensions this page is mostly about, if any.' },
    },
    {
      ...settingsField(),
      admin: { position: 'sidebar', description: 'Care settings this page is written for; empty means all.' },
    },
    {
      name: 'order',
      type: 'number',
      admin: { position: 'sidebar', description: 'Lower numbers come first in lists.' },
    },
  ],
})
