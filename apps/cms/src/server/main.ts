import { createServer, type ServerResponse } from 'node:http'
import { Server as NetServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { API_PREFIX } from '@secure-base/content'
import { serveFromDeliveryCache } from '../delivery/fast-path'
import { checkRequest } from '../edge/guard'
import { servesHttps, trustedProxyHops } from '../lib/runtime'
import { securityHeaders } from '../edge/headers'
import { serveWidgetFileDirectly } from '../widget-files/responses'
import { serverSettingsOrExit } from './settings'

/**
 * The one production server, compiled to `dist/server.js` by `pnpm build` and run with plain
 * `node`: Next.js in-process (admin, Payload's REST and GraphQL, the delivery routes) behind a Node
 * HTTP server that
 * - sets the security headers on every response and refuses requests no route can answer safely
 *   (see `src/edge`), with a JSON 4xx rather than a 500 from deeper down;
 * - answers `/healthz` (the process is up) and `/readyz` (Payload has booted, migrations included,
 *   and the instance is not shutting down) for load balancers and orchestrators;
 * - answers cached delivery responses itself, a map lookup instead of a trip through Next's router;
 * - sends the widget files in the compressed copies the widgets build made (Next would drop their
 *   Content-Encoding and compress again);
 * - on SIGTERM or SIGINT stops accepting connections, lets requests in flight finish, closes the
 *   database, then exits 0.
 */
const settings = serverSettingsOrExit()
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type Phase = 'starting' | 'ready' | 'stopping'
let phase: Phase = 'starting'

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

/** Health and readiness, answered without touching Next or the database. */
const serveProbe = (pathname: string, res: ServerResponse): boolean => {
  if (pathname === '/healthz') {
    sendJson(res, 200, { status: 'ok' })
    return true
  }
  if (pathname === '/readyz') {
    sendJson(res, phase === 'ready' ? 200 : 503, { status: phase })
    return true
  }
  return false
}

const app = next({ dev: false, dir: appDir, hostname: settings.host, port: settings.port })
const handleWithNext = app.getRequestHandler()
const prepared = app.prepare()

const headersFor = securityHeaders(servesHttps())
const proxied = trustedProxyHops() > 0

const server = createServer((req, res) => {
  // While shutting down, every answer ends its connection, so keep-alive clients reconnect elsewhere.
  if (phase === 'stopping') res.setHeader('Connection', 'close')
  const target = req.url ?? ''
  const queryAt = target.indexOf('?')
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt)
  for (const [name, value] of headersFor(pathname)) res.setHeader(name, value)
  const rejection = checkRequest(req.method, pathname, queryAt === -1 ? null : target.slice(queryAt + 1), req.headers)
  if (rejection) {
    for (const [name, value] of Object.entries(rejection.headers ?? {})) res.setHeader(name, value)
    sendJson(res, rejection.status, {
      error: { status: rejection.status, code: rejection.code, message: rejection.message },
    })
    return
  }
  if (serveProbe(pathname, res)) return
  // Per-client limits read the client's address from X-Forwarded-For (route handlers see no
  // socket). With no trusted proxy in front, whatever a client wrote there is replaced by the
  // address it really connected from.
  if (!proxied) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown'
  if (serveFromDeliveryCache(req, res) || serveWidgetFileDirectly(req, res)) return
  prepared
    .then(() => handleWithNext(req, res))
    .catch((error: unknown) => {
      console.error('Request failed before Next could answer it:', error)
      if (!res.headersSent)
        sendJson(res, 503, { error: { status: 503, code: 'not-ready', message: 'The CMS is starting.' } })
    })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Payload boots on its first request: it runs the committed migrations and, on an empty database,
 * the first-run seed. The server makes that request itself, so an instance is ready (and says so on
 * /readyz) before a load balancer sends it visitors or anyone opens the admin.
 */
const bootPayload = async (): Promise<void> => {
  const probe = `http://${settings.loopbackHost}:${settings.port}${API_PREFIX}/dimensions`
  for (let attempt = 1; phase === 'starting'; attempt += 1) {
    try {
      const response = await fetch(probe, { headers: { accept: 'application/json' } })
      await response.arrayBuffer()
      if (response.ok) {
        phase = 'ready'
        console.log(`Secure Base CMS is ready on ${settings.publicUrl}`)
        return
      }
      console.error(`Waiting for Payload to boot: ${probe} answered ${response.status} (attempt ${attempt}).`)
    } catch (error) {
      console.error(`Waiting for Payload to boot: ${error instanceof Error ? error.message : String(error)}`)
    }
    await sleep(Math.min(500 * attempt, 5_000))
  }
}

/**
 * Closes Payload's database connection once the last request is done. Payload keeps the instances
 * `getPayload` made in a map on globalThis (`_payload`, its module cache); that map is the one
 * place this server reaches into Payload's internals.
 */
const closeDatabase = async (): Promise<void> => {
  type Cached = { payload: { destroy: () => Promise<void> } | null }
  const instances = (globalThis as { _payload?: Map<string, Cached> })._payload
  try {
    await Promise.all([...(instances?.values() ?? [])].flatMap(({ payload }) => (payload ? [payload.destroy()] : [])))
  } catch (error) {
    console.error('Closing the database failed:', error instanceof Error ? error.message : error)
  }
}

/** How long a connection that is open but idle at SIGTERM may still bring a request in. */
const IDLE_DRAIN_MS = 1_000

const shutDown = (signal: NodeJS.Signals): void => {
  if (phase === 'stopping') return
  phase = 'stopping'
  console.log(`${signal}: no new connections; letting requests in flight finish.`)
  const forced = setTimeout(() => {
    console.error(`Requests still open after ${settings.shutdownGraceMs} ms; closing them.`)
    server.closeAllConnections()
    process.exit(1)
  }, settings.shutdownGraceMs)
  forced.unref()
  // Stop listening only. http.Server#close would also drop idle keep-alive connections at once,
  // and with them any request already on its way down one that this process has not yet read.
  NetServer.prototype.close.call(server, () => {
    clearTimeout(forced)
    void closeDatabase().finally(() => process.exit(0))
  })
  setTimeout(() => server.closeIdleConnections(), IDLE_DRAIN_MS).unref()
}
process.once('SIGTERM', shutDown)
process.once('SIGINT', shutDown)

server.listen(settings.port, settings.host, () => {
  console.log(`Secure Base CMS listening on http://${settings.host}:${settings.port}`)
  const storage = settings.objectStorage
  console.log(
    storage
      ? `Media is kept in the bucket ${storage.bucket} (${storage.endpoint ?? `AWS S3, ${storage.region}`}).`
      : 'Media is kept on the local disk.',
  )
  prepared.then(bootPayload, (error: unknown) => {
    console.error('Next could not load the production build:', error instanceof Error ? error.message : error)
    process.exit(1)
  })
})
