import { createServer } from 'node:http'
import { freePort } from '@secure-base/test-support/cms'
import { HELPER_PORTS } from '../net.js'

export interface Asset {
  type: string
  body: string | Buffer
}

/**
 * The page server: every page, script, style and the checklist's delivery response from memory, on
 * loopback, uncompressed and without caching headers, so the floor, ours and the peer all arrive
 * the same way and each fresh browser context downloads what it needs again.
 */
export const servePages = async (assets: (origin: string) => Map<string, Asset>) => {
  let routes = new Map<string, Asset>()
  const server = createServer((req, res) => {
    const asset = routes.get(new URL(req.url ?? '/', 'http://x').pathname)
    if (!asset) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-store' }).end(asset.body)
  })
  const port = await freePort(HELPER_PORTS)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${port}`
  routes = assets(origin)
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) }
}

export const html = (body: string): Asset => ({ type: 'text/html; charset=utf-8', body })
export const script = (body: string | Buffer): Asset => ({ type: 'text/javascript; charset=utf-8', body })
export const css = (body: string | Buffer): Asset => ({ type: 'text/css; charset=utf-8', body })
