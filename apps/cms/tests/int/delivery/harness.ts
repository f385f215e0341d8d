import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Payload } from 'payload'
import { API_PREFIX } from '@secure-base/content'
import { serveFromDeliveryCache } from '../../../src/delivery/fast-path'
import { createDeliveryHandler } from '../../../src/delivery/handler'
import { sendFetchResponse, toFetchRequest } from '../../../src/lib/node-http'

/**
 * A real delivery server for the tests: the project's Payload config on a fresh SQLite file in a
 * temporary directory, and the delivery handler behind Node's own HTTP server on loopback, put
 * together as the production server does it: the cache fast path first, then the handler the Next
 * route exports. Only Next's routing layer is left out.
 */
export interface DeliveryServer {
  payload: Payload
  base: string
  /** GET (or another method) on a path below the API prefix. */
  request: (pathAndQuery: string, init?: RequestInit) => Promise<Response>
  /** How many requests each layer answered, to tell cache hits from builds. */
  answered: { fastPath: number; handler: number }
  close: () => Promise<void>
}

export const startDeliveryServer = async (port: number): Promise<DeliveryServer> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-delivery-'))
  process.env.DATABASE_URL = pathToFileURL(path.join(dir, 'test.db')).href
  process.env.PAYLOAD_SECRET ??= 'delivery-tests-secret-0123456789abcdef'
  process.env.SECURE_BASE_DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.SERVER_URL = ''

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../src/payload.config')
  const payload = await getPayload({ config })
  const handler = createDeliveryHandler({ getPayload: async () => payload, compress: true })

  const answered = { fastPath: 0, handler: 0 }
  const server: Server = createServer((req, res) => {
    if (serveFromDeliveryCache(req, res)) {
      answered.fastPath += 1
      return
    }
    answered.handler += 1
    const answer =
      req.method === 'GET'
        ? handler.GET
        : req.method === 'HEAD'
          ? handler.HEAD
          : req.method === 'OPTIONS'
            ? handler.OPTIONS
            : handler.notAllowed
    req.resume()
    void answer(toFetchRequest(req)).then((response) => sendFetchResponse(res, response))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const base = `http://127.0.0.1:${port}${API_PREFIX}`

  return {
    payload,
    base,
    answered,
    request: (pathAndQuery, init) => fetch(`${base}${pathAndQuery}`, init),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
