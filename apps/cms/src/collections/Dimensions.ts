import { DIMENSION_SLUGS } from '@secure-base/content'
import { colourField } from '../fields/colour'
import { embedSnippetField } from '../fields/embed'
import { dimensionLivePreview } from '../preview/url'
import { requiredInDefaultLocale } from '../fields/localized'
import { slugField, validateSlug } from '../fields/slug'
import { careSettingOptions } from '../fields/vocabulary'
import { contentCollection } from './shared'

const validateDimensionSlug = (value: unknown): true | string => {
  const basic = validateSlug(value)
  if (basic !== true) return basic
  return DIMENSION_SLUGS.some((slug) => slug === value)
    ? true
    : `"${String(value)}" is not one of the five dimensions: use ${DIMENSION_SLUGS.join(', ')}.`
}

const validateOrder = (value: unknown): true | string =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
    ? true
    : 'The order must be a whole number from 1 to 5.'

export const Dimensions = contentCollection<'dimensions'>({
  slug: 'dimensions',
  labels: { singular: 'Dimension', plural: 'Dimensions' },
  admin: {
    livePreview: dimensionLivePreview,
    useAsTitle: 'name',
    defaultColumns: ['order', 'name', 'subtitle', 'colour', '_status'],
    description:
      'The five dimensions of caregiving in the Secure Base model. They overlap and are worked on together; the order sets how widgets list them.',
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInDefaultLocale,
      admin: { description: 'e.g. Availability' },
    },
    embedSnippetField({
      tag: 'secure-base-dimensions',
      slugAttribute: 'selected',
      heading: 'Embed the dimensions, opened at this one',
    }),
    slugField({
      validate: validateDimensionSlug,
      description: `One of ${DIMENSION_SLUGS.join(', ')}. Widgets find the dimension by this name.`,
    }),
    {
      name: 'order',
      type: 'number',
      required: true,
      unique: true,
      min: 1,
      max: 5,
      validate: (value: unknown) => validateOrder(value),
      admin: { position: 'sidebar', description: 'Position from 1 to 5 wherever the dimensions are listed.' },
    },
    {
      name: 'subtitle',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInDefaultLocale,
      admin: { description: 'What the dimension helps the child with, e.g. "helping the child to trust".' },
    },
    colourField('colour', {
      required: true,
      description: 'The dimension’s colour in the widgets’ diagrams, written as #rrggbb.',
    }),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      validate: requiredInDefaultLocale,
      admin: { description: 'Two or three plain sentences shown on cards and in the cycle diagram.' },
    },
    { name: 'explanation', type: 'richText', localized: true, admin: { description: 'The full explanation.' } },
    {
      name: 'caregiverFocus',
      type: 'textarea',
      required: true,
      localized: true,
      validate: requiredInDefaultLocale,
      admin: { description: 'What the caregiver pays attention to and does.' },
    },
    {
      name: 'childGains',
      type: 'textarea',
      required: true,
      localized: true,
      validate: requiredInDefaultLocale,
      admin: { description: 'What the child gains over time when this is in place.' },
    },
    {
      name: 'settingNotes',
      type: 'array',
      labels: { singular: 'Setting note', plural: 'Setting notes' },
      admin: { description: 'How the dimension looks in each care setting (one note per setting).' },
      fields: [
        { name: 'setting', type: 'select', required: true, options: careSettingOptions },
        { name: 'note', type: 'textarea', required: true, localized: true, validate: requiredInDefaultLocale },
      ],
    },
  ],
})
