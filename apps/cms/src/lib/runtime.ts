import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Where the embedded database and the generated secret live unless told otherwise. Every entry
 * point (next, the payload CLI, Vitest) runs with apps/cms as its working directory; the bundled
 * server has no stable source path to resolve from.
 */
export const dataDir = (env: Env = process.env): string =>
  path.resolve(/* turbopackIgnore: true */ process.cwd(), env.SECURE_BASE_DATA_DIR ?? 'data')

/** Only the variables this module reads; plain objects work in tests. */
type Env = Readonly<Record<string, string | undefined>>

export type DatabaseChoice =
  | { kind: 'mongodb'; url: string }
  | { kind: 'sqlite'; url: string }

/**
 * DATABASE_URL picks the adapter: mongodb:// or mongodb+srv:// means MongoDB, file: means SQLite at
 * that path, and nothing at all means the embedded SQLite file. Development and production keep
 * separate default files because development pushes its schema while production runs migrations,
 * and the two must not share a database.
 */
export const chooseDatabase = (env: Env = process.env): DatabaseChoice => {
  const url = env.DATABASE_URL?.trim()
  if (url && /^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongodb', url }
  if (url && url.startsWith('file:')) return { kind: 'sqlite', url }
  if (url) {
    throw new Error(
      `DATABASE_URL must start with mongodb://, mongodb+srv:// or file: (got "${url.split(':')[0]}:...").`,
    )
  }
  const dir = dataDir(env)
  mkdirSync(dir, { recursive: true })
  const file = env.NODE_ENV === 'production' ? 'secure-base.db' : 'secure-base-dev.db'
  return { kind: 'sqlite', url: pathToFileURL(path.join(dir, file)).href }
}

/**
 * A secret set in the environment wins; otherwise one is made on first start and kept in the data
 * directory, so sessions survive restarts without anyone ever committing a secret.
 */
export const payloadSecret = (env: Env = process.env): string => {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  const dir = dataDir(env)
  const file = path.join(dir, 'payload-secret')
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored.length >= 32) return stored
  }
  mkdirSync(dir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
