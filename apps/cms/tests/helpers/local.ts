import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Payload } from 'payload'
import type { User } from '../../src/payload-types'
import type { Role } from './accounts'

export interface LocalCms {
  payload: Payload
  dbFile: string
  cleanup: () => Promise<void>
}

/**
 * Boots Payload's Local API in this test process on its own fresh SQLite file (schema pushed, as
 * in development). The config reads DATABASE_URL when it is first imported, so the variables are
 * set before the dynamic import.
 */
export const bootLocalCms = async (options: { seed?: boolean } = {}): Promise<LocalCms> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-local-'))
  const dbFile = path.join(dir, 'local.db')
  process.env.DATABASE_URL = pathToFileURL(dbFile).href
  process.env.SECURE_BASE_DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.SECURE_BASE_SKIP_SEED = '1'
  process.env.PAYLOAD_SECRET ??= `local-test-${Date.now()}`
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  if (options.seed ?? true) {
    const { seed } = await import('../../src/seed')
    await seed(payload)
  }
  return {
    payload,
    dbFile,
    cleanup: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type LocalUsers = Record<Role, User>

/** One user per role, created with full trust, for `overrideAccess: false, user` calls. */
export const createLocalUsers = async (payload: Payload, suffix = ''): Promise<LocalUsers> => {
  const make = async (role: Role): Promise<User> =>
    payload.create({
      collection: 'users',
      data: { email: `${role}${suffix}@local.secure-base.test`, password: `local-${role}-password`, role },
      overrideAccess: true,
    })
  // The first user ever created becomes an admin regardless, so the admin goes first.
  const admin = await make('admin')
  return { admin, editor: await make('editor'), reviewer: await make('reviewer') }
}
