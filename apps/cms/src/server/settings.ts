import { ownOrigins, wholeNumberSetting } from '../lib/runtime'

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
}

type Env = Readonly<Record<string, string | undefined>>

export const readServerSettings = (env: Env = process.env): ServerSettings => {
  const port = wholeNumberSetting({ PORT: env.PORT ?? env.CMS_PORT }, 'PORT', { fallback: 3000, min: 1, max: 65_535, meaning: 'the port to listen on' })
  const host = env.HOST ?? env.CMS_HOST ?? '127.0.0.1'
  const loopbackHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const publicUrl = ownOrigins(env)[0]!
  const shutdownGraceMs = wholeNumberSetting(env, 'SHUTDOWN_GRACE_MS', {
    fallback: 10_000,
    min: 1,
    max: 600_000,
    meaning: 'how many milliseconds SIGTERM waits for requests in flight',
  })
  return { port, host, loopbackHost, publicUrl, shutdownGraceMs }
}
