import { requiredInDefaultLocale } from '../fields/localized'
import { validateHttpUrl } from '../fields/origin'
import { slugField } from '../fields/slug'
import { resourceTypeOptions, settingsField } from '../fields/vocabulary'
import { contentCollection } from './shared'

export const FILE_OR_URL_MESSAGE =
  'A resource needs exactly one of an uploaded file or an external URL: add one, or remove one of the two.'

const present = (value: unknown): boolean => value !== undefined && value !== null && value !== ''

// Checked on the URL field so the message appears next to the input an editor is most likely to fix.
const validateExternalUrl = (value: unknown, siblingData: Record<string, unknown>): true | string => {
  const hasFile = present(siblingData.file)
  const hasUrl = present(value)
  if (hasFile === hasUrl) return FILE_OR_URL_MESSAGE
  return validateHttpUrl(value)
}

const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/

export const Resources = contentCollection<'resources'>({
  slug: 'resources',
  labels: { singular: 'Resource', plural: 'Resources' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'language', '_status'],
    description:
      'Guides, training, videos and other material, either uploaded or linked from elsewhere (such as UEA’s pages).',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, validate: requiredInDefaultLocale },
    slugField(),
    { name: 'type', type: 'select', required: true, options: resourceTypeOptions },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Upload a PDF or image, or leave empty and give an external URL instead.' },
    },
    {
      name: 'externalUrl',
      type: 'text',
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        validateExternalUrl(value, siblingData),
      admin: { description: 'A full https:// address. Use either this or an uploaded file, not both.' },
    },
    settingsField(),
    {
      name: 'dimensions',
      type: 'relationship',
      relationTo: 'dimensions',
      hasMany: true,
      admin: { description: 'The dimensions this resource helps with; empty means the model as a whole.' },
    },
    {
      name: 'language',
      type: 'text',
      required: true,
      defaultValue: 'en',
      validate: (value: unknown) =>
        typeof value === 'string' && BCP47.test(value)
          ? true
          : 'The language of the resource itself as a language tag, e.g. en, cy or fr.',
      admin: { position: 'sidebar', description: 'The language the resource is in (en, cy, fr, ...).' },
    },
    { name: 'description', type: 'textarea', localized: true },
  ],
})
