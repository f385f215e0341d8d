import { requiredInDefaultLocale } from '../fields/localized'
import { embedSnippetField } from '../fields/embed'
import { checklistLivePreview } from '../preview/url'
import { keyField, slugField } from '../fields/slug'
import { ageBandOptions, settingsField } from '../fields/vocabulary'
import { contentCollection } from './shared'

export const Checklists = contentCollection<'checklists'>({
  slug: 'checklists',
  labels: { singular: 'Checklist', plural: 'Checklists' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'ageBand', 'isSample', '_status'],
    livePreview: checklistLivePreview,
    description:
      'Reflective checklists, one per age band, with questions grouped by dimension. They look at the child’s progress, never at the carer, and are not a pass/fail score.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, validate: requiredInDefaultLocale },
    slugField(),
    embedSnippetField({ tag: 'secure-base-checklist', slugAttribute: 'checklist', heading: 'Embed this checklist' }),
    {
      name: 'ageBand',
      type: 'select',
      required: true,
      options: ageBandOptions,
      admin: {
        position: 'sidebar',
        description: 'Choose by the child’s emotional age as much as their age in years.',
      },
    },
    {
      ...settingsField(),
      admin: { position: 'sidebar', description: 'Care settings this checklist suits; empty means all.' },
    },
    {
      name: 'introduction',
      type: 'richText',
      localized: true,
      admin: { description: 'Shown before the first question: who the checklist is for and how to use it.' },
    },
    {
      name: 'asksRating',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Ask for a 0–10 rating per dimension, to compare over time.' },
    },
    {
      name: 'isSample',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description:
          'Tick while the questions are the project’s samples. An agency replaces them with the licensed UEA checklist text and then unticks this.',
      },
    },
    {
      name: 'sections',
      type: 'array',
      labels: { singular: 'Dimension section', plural: 'Dimension sections' },
      admin: { description: 'One section per dimension, in the order they should be shown.' },
      fields: [
        { name: 'dimension', type: 'relationship', relationTo: 'dimensions', required: true },
        {
          name: 'ratingParts',
          type: 'array',
          labels: { singular: 'Rating part', plural: 'Rating parts' },
          admin: {
            description:
              'Leave empty for one rating. Add parts to rate the dimension in two halves, e.g. Family membership: this-family and birth-family.',
          },
          fields: [
            keyField('key', 'A short slug for the part, e.g. this-family.'),
            { name: 'label', type: 'text', required: true, localized: true, validate: requiredInDefaultLocale },
          ],
        },
        {
          name: 'items',
          type: 'array',
          labels: { singular: 'Question', plural: 'Questions' },
          fields: [
            {
              name: 'question',
              type: 'textarea',
              required: true,
              localized: true,
              validate: requiredInDefaultLocale,
              admin: { description: 'About something the child does, answered with a real occasion.' },
            },
            {
              name: 'evidencePrompt',
              type: 'textarea',
              localized: true,
              admin: { description: 'A nudge towards evidence: when did you last see this, who else noticed?' },
            },
          ],
        },
        {
          name: 'guidance',
          type: 'richText',
          localized: true,
          admin: { description: 'Reflective guidance on where to focus next for this dimension.' },
        },
        { name: 'resources', type: 'relationship', relationTo: 'resources', hasMany: true },
      ],
    },
  ],
})
