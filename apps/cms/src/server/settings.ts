import { ownOrigins } from '../lib/runtime'

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

const positiveInteger = (name: string, raw: string, max: number): number => {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, not "${raw}".`)
  }
  return value
}

export const readServerSettings = (env: Env = process.env): ServerSettings => {
  const port = positiveInteger('PORT', env.PORT ?? env.CMS_PORT ?? '3000', 65_535)
  const host = env.HOST ?? env.CMS_HOST ?? '127.0.0.1'
  const loopbackHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const publicUrl = ownOrigins(env)[0]!
  const shutdownGraceMs = positiveInteger('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS ?? '10000', 600_000)
  return { port, host, loopbackHost, publicUrl, shutdownGraceMs }
}
