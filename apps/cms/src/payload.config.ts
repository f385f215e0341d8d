import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig, type Config, type Plugin } from 'payload'
import sharp from 'sharp'
import { Agencies } from './collections/Agencies'
import { Checklists } from './collections/Checklists'
import { Dimensions } from './collections/Dimensions'
import { Explanations } from './collections/Explanations'
import { Media } from './collections/Media'
import { ReachCounts } from './collections/ReachCounts'
import { Resources } from './collections/Resources'
import { Users } from './collections/Users'
import { deliveryPlugin } from './delivery/plugin'
import { CaregivingCycle } from './globals/CaregivingCycle'
import { inputChecks } from './input/plugin'
import { adminOrigins, chooseDatabase, createPrivateSqliteFile, payloadSecret } from './lib/runtime'
import { migrations } from './migrations'
import { concealLockedAccounts } from './security/login'
import { onInit } from './seed/onInit'
import { readObjectStorage } from './server/settings'

const here = path.dirname(fileURLToPath(import.meta.url))

const database = (): Config['db'] => {
  const choice = chooseDatabase()
  // MongoDB needs no schema migrations; its own folder keeps `payload migrate` from ever running
  // the SQLite ones against it.
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url, migrationDir: path.resolve(here, 'migrations-mongodb') })
  }
  createPrivateSqliteFile(choice.url)
  return sqliteAdapter({
    client: { url: choice.url },
    // Several server processes (instances, a backup) may share the file: readers never wait for the
    // writer in WAL mode, and a writer waits its turn for up to five seconds instead of failing.
    wal: true,
    busyTimeout: 5_000,
    migrationDir: process.env.PAYLOAD_MIGRATION_DIR ?? path.resolve(here, 'migrations'),
    // The production server runs with NODE_ENV=production, where Payload never pushes a schema: the committed
    // migrations build (or upgrade) the SQLite schema as the server boots.
    prodMigrations: migrations,
  })
}

const objectStorage = readObjectStorage()

/**
 * With object storage, every instance reads and writes media in one bucket, and the files are
 * still served at the CMS's own /api/media/file/… URLs (through Payload's access control), so
 * nothing that links to them changes. The plugin's two bookkeeping columns on media (`prefix`,
 * `_objectKey`) exist in either case, so one schema and one set of migrations serve both, and a
 * deployment can move its media to a bucket without a migration.
 */
const mediaStorage = (): Plugin =>
  s3Storage({
    enabled: objectStorage !== undefined,
    alwaysInsertFields: true,
    bucket: objectStorage?.bucket ?? '',
    collections: { media: true },
    config: objectStorage
      ? {
          region: objectStorage.region,
          forcePathStyle: objectStorage.forcePathStyle,
          ...(objectStorage.endpoint ? { endpoint: objectStorage.endpoint } : {}),
          ...(objectStorage.credentials ? { credentials: objectStorage.credentials } : {}),
        }
      : {},
  })

export default buildConfig({
  secret: payloadSecret(),
  telemetry: false,
  serverURL: process.env.SERVER_URL ?? '',
  // Only pages on these origins may use the login cookie: Payload ignores the cookie when a request's
  // Origin (or, without one, its Sec-Fetch-Site) is not on the list, so a page elsewhere, even on
  // another port of the same host, cannot write as a signed-in editor. `Authorization: JWT …` is
  // never added by a browser on its own, so scripts that send it work from any origin.
  csrf: adminOrigins(),
  hooks: { afterError: [concealLockedAccounts] },
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · Secure Base' },
    importMap: {
      baseDir: here,
      ...(process.env.PAYLOAD_IMPORT_MAP_FILE ? { importMapFile: process.env.PAYLOAD_IMPORT_MAP_FILE } : {}),
    },
  },
  collections: [
    Dimensions,
    Explanations,
    Checklists,
    Resources,
    Media(objectStorage ? 'object-storage' : 'disk'),
    Agencies,
    ReachCounts,
    Users,
  ],
  globals: [CaregivingCycle],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'cy', label: 'Cymraeg' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  editor: lexicalEditor(),
  db: database(),
  sharp,
  graphQL: {
    disablePlaygroundInProduction: true,
  },
  typescript: {
    // Types are written only by `pnpm generate:types` and checked by `check:generated`; generating them on every
    // boot outside production would rewrite the committed file from whichever database adapter booted.
    autoGenerate: false,
    outputFile: process.env.PAYLOAD_TYPES_FILE ?? path.resolve(here, 'payload-types.ts'),
  },
  plugins: [deliveryPlugin(), inputChecks(), mediaStorage()],
  onInit,
})
