import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'
import { adminOnly, anyone, loggedIn } from '../access'

const here = path.dirname(fileURLToPath(import.meta.url))

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: {
    group: 'Files',
    useAsTitle: 'filename',
    description: 'Images and PDFs used by resources. Files here are public once uploaded.',
  },
  access: { read: anyone, create: loggedIn, update: loggedIn, delete: adminOnly },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(here, '../../media'),
    mimeTypes: ['image/*', 'application/pdf'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      admin: { description: 'Describe the image for people who cannot see it. For PDFs, a short title.' },
    },
  ],
}
