import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { serveWidgetFileDirectly } from '../widgets/responses'
import { serveFromDeliveryCache } from './fast-path'

/**
 * The production server: Next.js (admin, Payload's REST and GraphQL, the delivery route) behind a
 * plain Node HTTP server that answers cached delivery responses itself. A cache hit then costs a
 * map lookup instead of a trip through Next's router, which is most of a request's time. It also
 * sends the widget files, in the compressed copies the widgets build made (Next would drop their
 * Content-Encoding and compress again).
 * Run with `tsx src/delivery/server.ts` after `next build`; HOST and PORT as for `next start`.
 */
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const port = Number(process.env.PORT ?? process.env.CMS_PORT ?? 3000)
const hostname = process.env.HOST ?? process.env.CMS_HOST ?? '127.0.0.1'

const app = next({ dev: false, dir: appDir, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

createServer((req, res) => {
  if (serveFromDeliveryCache(req, res) || serveWidgetFileDirectly(req, res)) return
  void handle(req, res)
}).listen(port, hostname, () => {
  console.log(`Secure Base CMS listening on http://${hostname}:${port}`)
})
