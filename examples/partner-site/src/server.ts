import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createWidgetScriptSource } from './manifest.ts'
import { contentSecurityPolicy, renderPage } from './page.ts'

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url))

const STATIC_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
}

export interface PartnerServerOptions {
  port: number
  host?: string
  /** The CMS origin, e.g. `http://localhost:3000`; a trailing slash or path is dropped. */
  cmsUrl: string
  checklist?: string
  log?: (message: string) => void
}

export interface PartnerServer {
  url: string
  cmsOrigin: string
  close: () => Promise<void>
}

const send = (
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) => {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra })
  res.end(body)
}

/** Serves the agency's page with its strict CSP, its stylesheet, its own script and its icon. */
export const startPartnerServer = async (options: PartnerServerOptions): Promise<PartnerServer> => {
  const cmsOrigin = new URL(options.cmsUrl).origin
  const host = options.host ?? '127.0.0.1'
  const log = options.log ?? ((message: string) => console.log(message))
  const checklist = options.checklist ?? 'checklist-5-10-years'
  const widgetScript = createWidgetScriptSource(
    cmsOrigin,
    (problem) => log(`Partner page: the widgets cannot be embedded yet. ${problem}`),
    () => log(`Partner page: the CMS at ${cmsOrigin} answers; the page embeds its widgets.`),
  )
  const security = {
    'Content-Security-Policy': contentSecurityPolicy(cmsOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://partner.invalid')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD', ...security })
    }
    if (pathname === '/' || pathname === '/index.html') {
      const template = await readFile(path.join(PUBLIC_DIR, 'index.html'), 'utf8')
      const html = renderPage(template, { cmsOrigin, checklist, script: await widgetScript() })
      return send(res, 200, 'text/html; charset=utf-8', html, { 'Cache-Control': 'no-cache', ...security })
    }
    const type = STATIC_TYPES[path.extname(pathname)]
    const name = pathname.slice(1)
    // Only plain file names in public/: no folders, so no way out of it.
    if (type && /^[a-z0-9-]+\.[a-z]+$/.test(name)) {
      try {
        const body = await readFile(path.join(PUBLIC_DIR, name))
        return send(res, 200, type, body, { 'Cache-Control': 'no-cache', ...security })
      } catch {
        // falls through to the 404 below
      }
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found', security)
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Partner page: ${error instanceof Error ? error.message : String(error)}`)
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Something went wrong', security)
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => resolve())
  })
  // Prime the manifest so a CMS that is down is reported at startup, not at the first visit. When
  // both start together the CMS is usually still building, so keep asking until it answers, and
  // say so then.
  let waiting: NodeJS.Timeout | undefined
  const untilAnswered = async () => {
    if (await widgetScript()) return
    waiting = setTimeout(() => void untilAnswered(), 2000)
    waiting.unref()
  }
  await untilAnswered()
  return {
    url: `http://${host}:${options.port}`,
    cmsOrigin,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(waiting)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
