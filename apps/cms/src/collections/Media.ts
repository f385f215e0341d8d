import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { adminOnly, anyone, loggedIn } from '../access'
import { rejectMalformedId } from '../hooks/rejectMalformedId'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: {
    group: 'Files',
    useAsTitle: 'filename',
    description: 'Images and PDFs used by resources. Files here are public once uploaded.',
  },
  access: { read: anyone, create: loggedIn, update: loggedIn, delete: adminOnly },
  hooks: { beforeOperation: [rejectMalformedId()] },
  upload: {
    // Relative to apps/cms, the working directory of every entry point.
    staticDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.MEDIA_DIR ?? 'media'),
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
