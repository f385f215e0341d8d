import type { IncomingMessage, ServerResponse } from 'node:http'
import { chooseEncoding, type ContentCoding } from '../lib/content-coding'
import { sendFetchResponse, toFetchRequest } from '../lib/node-http'
import { matchesEtag } from '../delivery/reply'
import { WIDGETS_PATH, WidgetsNotBuiltError, findWidgetFile, widgetManifest, type ServedWidgetFile } from './manifest'

/**
 * Widget files are public scripts, so any origin may load them; what is restricted per agency is
 * the content the delivery API hands out, not the code that renders it.
 */
const PUBLIC_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'X-Content-Type-Options': 'nosniff',
} as const

const IMMUTABLE = 'public, max-age=31536000, immutable'
// Short, so that a new widget build reaches pages that follow `latest` or read the manifest within a minute.
const SHORT = 'public, max-age=60, must-revalidate'

const jsonError = (status: number, code: string, message: string, extra: Record<string, string> = {}): Response =>
  Response.json(
    { error: { status, code, message } },
    { status, headers: { ...PUBLIC_HEADERS, 'Cache-Control': 'no-store', ...extra } },
  )

const notBuilt = (error: unknown): Response => {
  if (error instanceof WidgetsNotBuiltError) return jsonError(503, 'widgets-not-built', error.message)
  throw error
}

/**
 * What to send for this request: with `precompressed`, the build's best compressed copy the
 * browser accepts, else the file itself.
 */
const representation = (
  request: Request,
  entry: ServedWidgetFile,
  precompressed: boolean,
): { body: Uint8Array; etag: string; coding?: ContentCoding } => {
  if (!precompressed) return { body: entry.body, etag: entry.etag }
  return chooseEncoding(request.headers.get('accept-encoding'), entry.encoded) ?? { body: entry.body, etag: entry.etag }
}

const fileHeaders = (
  entry: ServedWidgetFile,
  chosen: { etag: string; coding?: ContentCoding },
  precompressed: boolean,
): Record<string, string> => ({
  ...PUBLIC_HEADERS,
  'Content-Type': entry.contentType,
  'Cache-Control': IMMUTABLE,
  ETag: chosen.etag,
  ...(precompressed && entry.encoded.length ? { Vary: 'Accept-Encoding' } : {}),
  ...(chosen.coding ? { 'Content-Encoding': chosen.coding } : {}),
})

/**
 * A versioned widget file. A version that is not the current one gets a 404 rather than a
 * redirect: the old address promised other bytes, and a page pinning it with an integrity hash
 * would reject the new ones anyway. The error names the current address.
 *
 * `precompressed` sends the build's brotli or gzip copy. Only the production server can: a Next.js
 * route handler's Content-Encoding is dropped by Next, which compresses on the fly instead (see
 * `serveWidgetFileDirectly`).
 */
export const serveVersionedFile = (
  request: Request,
  version: string,
  file: string,
  withBody: boolean,
  precompressed = false,
): Response => {
  try {
    const entry = findWidgetFile(file)
    if (!entry) return jsonError(404, 'unknown-widget-file', `There is no widget file named "${file}".`)
    if (entry.version !== version)
      return jsonError(
        404,
        'unknown-widget-version',
        `Version "${version}" of ${file} is not served; the current one is at ${entry.path}.`,
      )
    const chosen = representation(request, entry, precompressed)
    const headers = fileHeaders(entry, chosen, precompressed)
    if (matchesEtag(request.headers.get('if-none-match'), chosen.etag))
      return new Response(null, { status: 304, headers })
    return new Response(withBody ? new Uint8Array(chosen.body) : null, {
      status: 200,
      headers: { ...headers, 'Content-Length': String(chosen.body.length) },
    })
  } catch (error) {
    return notBuilt(error)
  }
}

/** `/widgets/latest/<file>`: a short-lived redirect to the current versioned address. */
export const redirectToLatest = (file: string): Response => {
  try {
    const entry = findWidgetFile(file)
    if (!entry) return jsonError(404, 'unknown-widget-file', `There is no widget file named "${file}".`)
    return new Response(null, {
      status: 302,
      headers: { ...PUBLIC_HEADERS, Location: entry.path, 'Cache-Control': SHORT },
    })
  } catch (error) {
    return notBuilt(error)
  }
}

/** `/widgets/manifest.json`: every served file with its versioned path and integrity hash. */
export const serveManifest = (request: Request): Response => {
  try {
    const files = widgetManifest()
    const body = JSON.stringify({ basePath: WIDGETS_PATH, files })
    const etag = `"${files.map((f) => f.etag.slice(1, 9)).join('')}"`
    const headers = {
      ...PUBLIC_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': SHORT,
      ETag: etag,
    }
    if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
    return new Response(body, { status: 200, headers })
  } catch (error) {
    return notBuilt(error)
  }
}

const VERSIONED_FILE = new RegExp(`^${WIDGETS_PATH}/([^/?#]+)/([^/?#]+)(?:\\?.*)?$`)

/**
 * `/widgets/<version>/<file>` answered by the production server itself, before Next.js routes the
 * request, so the build's precompressed copies reach the browser as they are. Returns false for
 * anything else (including `latest`), which Next then handles.
 */
export const serveWidgetFileDirectly = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const match = VERSIONED_FILE.exec(req.url ?? '')
  if (!match || match[1] === 'latest') return false
  let version: string
  let file: string
  try {
    version = decodeURIComponent(match[1]!)
    file = decodeURIComponent(match[2]!)
  } catch {
    return false
  }
  const response = serveVersionedFile(toFetchRequest(req, 'http://cms'), version, file, req.method === 'GET', true)
  sendFetchResponse(res, response).catch(() => {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('The widget file could not be read.')
  })
  return true
}
