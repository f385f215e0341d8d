import { stat } from 'node:fs/promises'
import path from 'node:path'
import { APIError, type CollectionConfig } from 'payload'
import { adminOnly, anyone, loggedIn } from '../access'
import { rejectMalformedId } from '../hooks/rejectMalformedId'

// Relative to apps/cms, the working directory of every entry point.
const staticDir = path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.MEDIA_DIR ?? 'media')

/** Payload answers a file missing from the disk with a 500; to a visitor it is simply not there. */
type FileHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]
const missingFileIsNotFound: FileHandler = async (_req, { params }): Promise<void> => {
  const file = path.resolve(staticDir, params.filename)
  const present =
    file.startsWith(staticDir + path.sep) &&
    (await stat(file).then(
      (s) => s.isFile(),
      () => false,
    ))
  if (!present) throw new APIError('There is no such file.', 404, undefined, true)
}

/** Where uploaded files are kept: the local disk (MEDIA_DIR), or a bucket the S3 storage plugin serves. */
export type MediaStore = 'disk' | 'object-storage'

export const Media = (store: MediaStore): CollectionConfig<'media'> => ({
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
    staticDir,
    // The storage plugin appends its own handler after these, and answers a missing object with a
    // 404 itself; the disk check would refuse every file, since none is on this disk.
    handlers: store === 'disk' ? [missingFileIsNotFound] : [],
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
})
