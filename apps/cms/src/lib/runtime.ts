import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { normalizeOrigin } from '../delivery/cors'

/**
 * Where the embedded database and the generated secret live unless told otherwise. Every entry
 * point (next, the payload CLI, Vitest) runs with apps/cms as its working directory; the bundled
 * server has no stable source path to resolve from.
 */
export const dataDir = (env: Env = process.env): string =>
  path.resolve(/* turbopackIgnore: true */ process.cwd(), env.SECURE_BASE_DATA_DIR ?? 'data')

/** Only the variables this module reads; plain objects work in tests. */
type Env = Readonly<Record<string, string | undefined>>

/**
 * The data directory holds the database (password hashes) and the generated secret, so when the
 * CMS creates it, only its owner may enter it. A directory someone made beforehand keeps the
 * permissions they chose.
 */
const ensureDataDir = (env: Env): string => {
  const dir = dataDir(env)
  const created = mkdirSync(dir, { recursive: true, mode: 0o700 })
  // The mode passed to mkdir is filtered by the umask; set it exactly on what was just made.
  if (created) chmodSync(dir, 0o700)
  return dir
}

/** The path libsql opens for a `file:` URL. */
export const sqliteFilePath = (url: string): string => {
  const location = url.slice('file:'.length).split('?')[0]!
  // `file:///abs` and `file:/abs` are absolute; `file:relative.db` is resolved from the working directory.
  if (location.startsWith('/')) return fileURLToPath(`file:///${location.replace(/^\/+/, '')}`)
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), decodeURIComponent(location))
}

/**
 * libsql creates a missing database file with the process's default mode (world-readable under
 * the usual umask). Creating it empty first, readable by its owner only, keeps the password hashes
 * private; SQLite gives its journal files the database file's mode. An existing file is left as
 * its owner set it, and a missing folder is left for libsql to report.
 */
export const createPrivateSqliteFile = (url: string): void => {
  const file = sqliteFilePath(url)
  if (existsSync(file) || !existsSync(path.dirname(file))) return
  try {
    writeFileSync(file, '', { mode: 0o600, flag: 'wx' })
    chmodSync(file, 0o600)
  } catch (error) {
    // Another process created it between the check and the write: it is theirs to keep.
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
  }
}

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string }

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
  const dir = ensureDataDir(env)
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
  ensureDataDir(env)
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0', '::'])

/**
 * The origins people use to reach this CMS. SERVER_URL (its public address) when set; otherwise
 * the address the server listens on (HOST/PORT, as the production server and `next dev` read them),
 * where a loopback or all-interfaces address stands for every loopback name a browser on this
 * machine may use. A server that others reach by another name must set SERVER_URL.
 */
export const ownOrigins = (env: Env = process.env): string[] => {
  const configured = env.SERVER_URL?.trim()
  if (configured) {
    const origin = normalizeOrigin(configured)
    if (!origin)
      throw new Error(
        `SERVER_URL must be the CMS's public http(s) address, e.g. https://cms.example.org (got "${configured}").`,
      )
    return [origin]
  }
  const port = env.PORT ?? env.CMS_PORT ?? '3000'
  const host = (env.HOST ?? env.CMS_HOST ?? '127.0.0.1').toLowerCase()
  const hosts = LOOPBACK_HOSTS.has(host)
    ? ['localhost', '127.0.0.1', '[::1]']
    : [host.includes(':') ? `[${host}]` : host]
  return hosts
    .map((name) => normalizeOrigin(`http://${name}:${port}`))
    .filter((origin): origin is string => origin !== null)
}

/** Comma-separated origins, besides the CMS's own, from which signed-in people may use the admin. */
export const ADMIN_ORIGINS_ENV = 'SECURE_BASE_ADMIN_ORIGINS'

/**
 * Every origin whose pages may make cookie-authenticated writes: the CMS's own and those listed in
 * SECURE_BASE_ADMIN_ORIGINS. Payload compares a request's Origin header with these exactly, and
 * browsers send origins in this normalised form.
 */
export const adminOrigins = (env: Env = process.env): string[] => {
  const extra = (env[ADMIN_ORIGINS_ENV] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const origin = normalizeOrigin(entry)
      if (!origin || origin === 'null')
        throw new Error(
          `${ADMIN_ORIGINS_ENV} must list http(s) origins separated by commas, e.g. https://admin.example.org (got "${entry}").`,
        )
      return origin
    })
  return [...new Set([...ownOrigins(env), ...extra])]
}

/** Whether the CMS's public address is https, so that its login cookie must be `Secure`. */
export const servesHttps = (env: Env = process.env): boolean =>
  ownOrigins(env).every((origin) => origin.startsWith('https:'))

/** How many reverse proxies in front of the CMS append to X-Forwarded-For (0: none, the default). */
export const TRUSTED_PROXY_HOPS_ENV = 'SECURE_BASE_TRUSTED_PROXY_HOPS'

export const trustedProxyHops = (env: Env = process.env): number =>
  wholeNumberSetting(env, TRUSTED_PROXY_HOPS_ENV, {
    fallback: 0,
    min: 0,
    max: 10,
    meaning: 'the number of trusted proxies in front of the CMS',
  })

/**
 * A whole-number setting: `fallback` when the variable is unset or blank, else its value, which
 * must lie from `min` to `max`. Anything else stops the CMS at start with a message naming the
 * variable, rather than running with a setting nobody asked for.
 */
export const wholeNumberSetting = (
  env: Env,
  name: string,
  { fallback, min, max, meaning }: { fallback: number; min: number; max: number; meaning: string },
): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be ${meaning}, a whole number from ${min} to ${max} (got "${raw}").`)
  }
  return value
}
