import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDeliveryClient, DeliveryError } from '../src/index.js'

const dimensionsBody = {
  meta: { apiVersion: 'v1', locale: 'en', fallbackLocale: 'en', fallbacks: [], updatedAt: '2026-11-20T10:00:00.000Z' },
  data: [],
}

let server: Server
let baseUrl: string
const seen: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '')
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(body)
    }
    if (req.url?.startsWith('/api/widget/v1/dimensions')) return send(200, JSON.stringify(dimensionsBody))
    if (req.url?.startsWith('/api/widget/v1/checklists/missing'))
      return send(
        404,
        JSON.stringify({ error: { status: 404, code: 'not_found', message: 'No checklist called "missing"' } }),
      )
    if (req.url?.startsWith('/api/widget/v1/cycle')) return send(200, '{"meta": ')
    if (req.url?.startsWith('/api/widget/v1/resources'))
      return send(200, JSON.stringify({ meta: dimensionsBody.meta, data: [{}] }))
    send(500, 'oops')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the delivery client', () => {
  it('returns validated content and passes the locale', async () => {
    const client = createDeliveryClient({ baseUrl })
    const response = await client.dimensions({ locale: 'cy' })
    expect(response.data).toEqual([])
    expect(seen.at(-1)).toBe('/api/widget/v1/dimensions?locale=cy')
  })

  it('sends resource filters as query parameters', async () => {
    const client = createDeliveryClient({ baseUrl })
    await client.resources({ dimension: 'acceptance', setting: 'schools' }).catch(() => undefined)
    expect(seen.at(-1)).toBe('/api/widget/v1/resources?dimension=acceptance&setting=schools')
  })

  it("reports the server's own message for an error status", async () => {
    const client = createDeliveryClient({ baseUrl })
    const error = await client.checklist('missing').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeliveryError)
    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      code: 'not_found',
      message: 'No checklist called "missing"',
    })
  })

  it('reports a body that is not JSON, or not the contract, as invalid', async () => {
    const client = createDeliveryClient({ baseUrl })
    await expect(client.cycle()).rejects.toMatchObject({ kind: 'invalid' })
    await expect(client.resources()).rejects.toMatchObject({ kind: 'invalid' })
  })

  it('reports a server that cannot be reached as a network error', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const client = createDeliveryClient({ baseUrl: `http://127.0.0.1:${port}` })
    await expect(client.dimensions()).rejects.toMatchObject({ kind: 'network' })
  })
})
