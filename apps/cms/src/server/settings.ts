import { ownOrigins, wholeNumberSetting } from '../lib/runtime'

/** Where uploaded media goes when it does not go to the local disk: an S3-compatible bucket. */
export interface ObjectStorageSettings {
  bucket: string
  region: string
  /** An S3-compatible service other than AWS (MinIO, Ceph, R2, …); AWS's own endpoint when absent. */
  endpoint?: string
  /** Both or neither: without them the AWS SDK looks for credentials itself (instance role, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** Address the bucket as `endpoint/bucket/key` rather than `bucket.endpoint/key`, as most self-hosted services need. */
  forcePathStyle: boolean
}

/** What the production server reads from its environment, checked once at start. */
export interface ServerSettings {
  port: number
  /** The address to listen on: 127.0.0.1 by default, 0.0.0.0 to accept other machines. */
  host: string
  /** Where this process reaches itself, for its own boot request. */
  loopbackHost: string
  /** How people reach the CMS: SERVER_URL when set, else the listening address. */
  publicUrl: string
  /** How long SIGTERM waits for requests in flight before closing them. */
  shutdownGraceMs: number
  /** Media on object storage, or undefined for the local disk (MEDIA_DIR). */
  objectStorage: ObjectStorageSettings | undefined
}

type Env = Readonly<Record<string, string | undefined>>

export const OBJECT_STORAGE_ENV = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const

/**
 * Media goes to an S3 bucket when S3_BUCKET is set, and to the local disk when no S3_ variable is.
 * Anything in between is a mistake an operator should hear about at start rather than discover when
 * the first upload lands on one instance's disk, so it throws with the variables that are missing.
 */
export const readObjectStorage = (env: Env = process.env): ObjectStorageSettings | undefined => {
  const value = (name: (typeof OBJECT_STORAGE_ENV)[number]): string | undefined => env[name]?.trim() || undefined
  const present = OBJECT_STORAGE_ENV.filter((name) => value(name) !== undefined)
  if (present.length === 0) return undefined
  const problem = (message: string) =>
    new Error(
      `Media on object storage: ${message} (set: ${present.join(', ')}). Unset every S3_ variable to keep media on the local disk.`,
    )

  const missing: string[] = []
  if (!value('S3_BUCKET')) missing.push('S3_BUCKET')
  if (!value('S3_REGION')) missing.push('S3_REGION')
  const accessKeyId = value('S3_ACCESS_KEY_ID')
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY')
  if (accessKeyId && !secretAccessKey) missing.push('S3_SECRET_ACCESS_KEY')
  if (secretAccessKey && !accessKeyId) missing.push('S3_ACCESS_KEY_ID')
  if (missing.length) throw problem(`${missing.join(' and ')} must be set too`)

  const endpoint = value('S3_ENDPOINT')
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    throw problem(`S3_ENDPOINT must be an http(s) address such as https://s3.example.org (got "${endpoint}")`)
  }
  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase()
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false') {
    throw problem(`S3_FORCE_PATH_STYLE must be true or false (got "${value('S3_FORCE_PATH_STYLE')}")`)
  }
  return {
    bucket: value('S3_BUCKET')!,
    region: value('S3_REGION')!,
    ...(endpoint ? { endpoint } : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    forcePathStyle: pathStyle === 'true',
  }
}

export const readServerSettings = (env: Env = process.env): ServerSettings => {
  const port = wholeNumberSetting({ PORT: env.PORT ?? env.CMS_PORT }, 'PORT', {
    fallback: 3000,
    min: 1,
    max: 65_535,
    meaning: 'the port to listen on',
  })
  const host = env.HOST ?? env.CMS_HOST ?? '127.0.0.1'
  const loopbackHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const publicUrl = ownOrigins(env)[0]!
  const shutdownGraceMs = wholeNumberSetting(env, 'SHUTDOWN_GRACE_MS', {
    fallback: 10_000,
    min: 1,
    max: 600_000,
    meaning: 'how many milliseconds SIGTERM waits for requests in flight',
  })
  const objectStorage = readObjectStorage(env)
  return { port, host, loopbackHost, publicUrl, shutdownGraceMs, objectStorage }
}

/** The settings, or a one-line explanation and exit code 1: a misconfigured server should not start at all. */
export const serverSettingsOrExit = (env: Env = process.env): ServerSettings => {
  try {
    return readServerSettings(env)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
