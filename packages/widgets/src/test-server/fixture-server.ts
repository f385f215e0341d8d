import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile, readdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { cspPage, CSP, TRUSTED_TYPES_CSP } from './csp-page.js'

/**
 * A stand-in for the CMS's delivery API, serving the contract fixtures over real HTTP on loopback so
 * that widget tests exercise the real fetch client, CORS and failure handling. The scenario is
 * chosen by a path prefix that a test puts into the widget's `api` origin, e.g.
 * `${url}/status/404` makes every delivery request under it answer 404.
 */

export interface FixtureServerOptions {
  fixturesDir: string
  /** The widgets' build output; the CSP page loads the self-contained bundle from here. */
  distDir: string
}

export interface FixtureServer {
  url: string
  /** An origin on which nothing listens, for "server is down" tests. */
  refusedUrl: string
  close(): Promise<void>
}

const API = '/api/widget/v1'

type Json = Record<string, unknown> | unknown[]

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'accept, content-type',
}

const send = (res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...cors, ...extra })
  res.end(body)
}

const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8')

const errorBody = (status: number, code: string, message: string) => ({ error: { status, code, message } })

const matches = (value: string | null, list: unknown) => value === null || (Array.isArray(list) && list.includes(value))

export const startFixtureServer = async ({ fixturesDir, distDir }: FixtureServerOptions): Promise<FixtureServer> => {
  const readFixture = async (name: string, locale: string): Promise<{ meta: Json; data: unknown } | null> => {
    for (const candidate of [`${name}.${locale}.json`, `${name}.en.json`]) {
      try {
        return JSON.parse(await readFile(join(fixturesDir, candidate), 'utf8'))
      } catch {
        // try the English fixture, as the CMS falls back to English
      }
    }
    return null
  }

  const failedOnce = new Set<string>()

  // Reach reports the widgets POST, kept per test under `/record/<id>` so tests can read back exactly what was sent.
  const recorded = new Map<string, { contentType: string; cookie: boolean; body: string }[]>()

  const record = async (req: IncomingMessage, res: ServerResponse, id: string) => {
    let body = ''
    for await (const chunk of req) body += String(chunk)
    const list = recorded.get(id) ?? []
    list.push({ contentType: req.headers['content-type'] ?? '', cookie: req.headers.cookie !== undefined, body })
    recorded.set(id, list)
    return send(res, 204, '', 'text/plain')
  }

  const delivery = async (res: ServerResponse, path: string, params: URLSearchParams, empty: boolean) => {
    const locale = params.get('locale') ?? 'en'
    const [, kind, slug] = path.split('/')
    if (kind === 'checklists' && slug) {
      const found = await readFixture(`checklist-${decodeURIComponent(slug)}`, locale)
      if (!found) return sendJson(res, 404, errorBody(404, 'not-found', `No published checklist "${slug}"`))
      return sendJson(res, 200, found)
    }
    if (kind === 'checklists') {
      const names = (await readdir(fixturesDir)).filter((f) => f.startsWith('checklist-') && f.endsWith('.en.json'))
      const summaries = []
      let meta: Json | null = null
      for (const file of names) {
        const found = await readFixture(file.replace(/\.en\.json$/, ''), locale)
        if (!found) continue
        meta ??= found.meta
        const { slug: s, title, ageBand, settings } = found.data as Record<string, unknown>
        summaries.push({ slug: s, title, ageBand, settings })
      }
      if (!meta) return sendJson(res, 404, errorBody(404, 'not-found', 'No published checklists'))
      return sendJson(res, 200, { meta: { ...meta, fallbacks: [] }, data: empty ? [] : summaries })
    }
    if (kind === 'cycle' || kind === 'dimensions' || kind === 'resources') {
      const found = await readFixture(kind, locale)
      if (!found) return sendJson(res, 404, errorBody(404, 'not-found', `No fixture for ${kind}`))
      if (kind === 'dimensions' && empty)
        return sendJson(res, 200, { meta: { ...found.meta, fallbacks: [] }, data: [] })
      if (kind !== 'resources') return sendJson(res, 200, found)
      const all = found.data as Array<Record<string, unknown>>
      const data = empty
        ? []
        : all.filter(
            (r) =>
              matches(params.get('dimension'), r.dimensions) &&
              matches(params.get('setting'), r.settings) &&
              (params.get('language') === null || r.language === params.get('language')),
          )
      // Fallback pointers index into the unfiltered list, so they cannot be kept once it is filtered.
      const filtered = data.length !== all.length
      return sendJson(res, 200, {
        meta: { ...found.meta, fallbacks: filtered ? [] : (found.meta as { fallbacks: string[] }).fallbacks },
        data,
      })
    }
    return sendJson(res, 404, errorBody(404, 'not-found', `Unknown delivery path ${path}`))
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let path = url.pathname
    if (req.method === 'OPTIONS') return send(res, 204, '', 'text/plain')

    // `/csp/page.html` under the strict policy; `/csp/trusted-types-<allowed|refused>.html` enforcing Trusted Types too.
    const policyPage = /^\/csp\/(page|trusted-types-(allowed|refused))\.html$/.exec(path)
    if (policyPage) {
      const dimensions = await readFile(join(fixturesDir, 'dimensions.en.json'), 'utf8')
      const page = cspPage(`http://${req.headers.host}`, dimensions)
      const policy = policyPage[2] ? TRUSTED_TYPES_CSP[policyPage[2] as keyof typeof TRUSTED_TYPES_CSP] : CSP
      return send(res, 200, page, 'text/html; charset=utf-8', { 'content-security-policy': policy })
    }
    // The same build under other names: `/tampered/` serves Welsh UI text that no longer matches the
    // hash the script carries, `/slow-welsh/` serves it half a second late.
    const files = /^\/(csp|tampered|slow-welsh)\//.exec(path)
    if (files) {
      const file = path.slice(files[0].length)
      if (!/^[\w.-]+\.(js|json)$/.test(file)) return sendJson(res, 404, errorBody(404, 'not-found', 'No such file'))
      try {
        let body = await readFile(join(distDir, file), 'utf8')
        if (files[1] === 'tampered' && file.endsWith('.json')) body = body.replace(/"[^"]*"/, '"Gwrthodwch fi"')
        if (files[1] === 'slow-welsh' && file.endsWith('.json'))
          await new Promise((resolve) => setTimeout(resolve, 500))
        const type = file.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8'
        return send(res, 200, body, type, { 'content-security-policy': CSP })
      } catch {
        return send(res, 404, `${file} is not built; run the widgets build first`, 'text/plain')
      }
    }

    const reachRecord = /^\/record\/([\w-]+)\/api\/widget\/v1\/reach$/.exec(path)
    if (reachRecord && req.method === 'POST') return record(req, res, reachRecord[1]!)
    const recordedList = /^\/recorded\/([\w-]+)$/.exec(path)
    if (recordedList) return sendJson(res, 200, recorded.get(recordedList[1]!) ?? [])

    let empty = false
    const scenario =
      /^\/(status\/(\d{3})|not-listed|invalid-json|invalid-contract|hang|empty|slow\/(\d+)|fail-once\/([\w-]+)|record\/[\w-]+)(?=\/)/.exec(
        path,
      )
    if (scenario) {
      path = path.slice(scenario[0].length)
      const [, name, status, delay, onceId] = scenario
      if (status) {
        const code = Number(status)
        return sendJson(
          res,
          code,
          errorBody(
            code,
            code === 404 ? 'not-found' : 'server-error',
            `The fixture server answered ${code} on purpose`,
          ),
        )
      }
      // What the CMS does for a page whose origin the agency has not listed: it answers without CORS headers.
      if (name === 'not-listed') {
        res.writeHead(403, { 'content-type': 'application/json' })
        return res.end(JSON.stringify(errorBody(403, 'origin-not-allowed', 'This origin is not allowed')))
      }
      if (name === 'invalid-json') return send(res, 200, '{"meta": {', 'application/json')
      if (name === 'invalid-contract') return sendJson(res, 200, { meta: { apiVersion: 'v0' }, data: 'nothing' })
      // Never answers: the widget stays in its loading state until the test ends.
      if (name === 'hang') return
      if (delay) await new Promise((resolve) => setTimeout(resolve, Number(delay)))
      if (onceId && !failedOnce.has(onceId)) {
        failedOnce.add(onceId)
        return sendJson(res, 503, errorBody(503, 'unavailable', 'Temporarily unavailable; try again'))
      }
      empty = name === 'empty'
    }
    if (path.startsWith(API + '/')) return delivery(res, path.slice(API.length), url.searchParams, empty)
    return sendJson(res, 404, errorBody(404, 'not-found', `Nothing at ${path}`))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendJson(res, 500, errorBody(500, 'fixture-server', String(error))))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  // Bind and release a port so that connecting to it is refused.
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const refusedPort = (probe.address() as AddressInfo).port
  await new Promise<void>((resolve) => probe.close(() => resolve()))

  return {
    url: `http://127.0.0.1:${port}`,
    refusedUrl: `http://127.0.0.1:${refusedPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
