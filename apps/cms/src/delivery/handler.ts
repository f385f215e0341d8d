import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { compressAll } from '../lib/content-coding'
import {
  API_PREFIX,
  API_VERSION,
  ChecklistListResponse,
  ChecklistResponse,
  CycleResponse,
  DimensionsResponse,
  ResourcesResponse,
  validate,
  type ErrorResponse,
} from '@secure-base/content'
import {
  cacheGeneration,
  cachedAgencyOrigins,
  knownServerURL,
  readCached,
  rememberServerURL,
  storeCached,
  type CachedResponse,
} from './cache'
import { allowedOrigins, corsHeaders } from './cors'
import {
  buildChecklist,
  buildChecklistList,
  buildCycle,
  buildDimensions,
  buildResources,
  type Built,
} from './endpoints'
import { DeliveryHttpError } from './errors'
import { ALLOW, replyFor, segmentsBelow } from './reply'
import { parseDeliveryRequest, type DeliveryRequest } from './request'

export interface DeliveryHandlerOptions {
  /** Resolves the Payload instance; only awaited on a cache miss, never on the hot path. */
  getPayload: () => Promise<Payload>
  /**
   * Send the cached compressed copies to requests that accept them. Only where this handler's
   * Response reaches the client as it is (the tests' server); Next drops a route handler's
   * Content-Encoding and compresses by itself, so the Next route leaves this off.
   */
  compress?: boolean
}

const encoder = new TextEncoder()

const etagOf = (body: Uint8Array) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** A one-off answer (a bad request), sent as it is. */
const serialize = (status: number, payload: unknown): CachedResponse => {
  const body = encoder.encode(JSON.stringify(payload))
  return { status, body, etag: etagOf(body), encoded: [] }
}

/** An answer for the cache, compressed now so that no request waits for compression again. */
const serializeForCache = async (status: number, payload: unknown): Promise<CachedResponse> => {
  const entry = serialize(status, payload)
  return { ...entry, encoded: await compressAll(entry.body, entry.etag) }
}

const errorBody = (status: number, code: string, message: string): ErrorResponse => ({
  error: { status, code, message },
})

const SCHEMAS = {
  checklists: ChecklistListResponse,
  checklist: ChecklistResponse,
  cycle: CycleResponse,
  dimensions: DimensionsResponse,
  resources: ResourcesResponse,
} as const

const build = (payload: Payload, req: DeliveryRequest, origin: string): Promise<Built<unknown>> => {
  const { route, locale } = req
  switch (route.kind) {
    case 'checklists':
      return buildChecklistList(payload, locale)
    case 'checklist':
      return buildChecklist(payload, locale, route.slug, origin)
    case 'cycle':
      return buildCycle(payload, locale)
    case 'dimensions':
      return buildDimensions(payload, locale)
    case 'resources':
      return buildResources(payload, locale, route.filters, origin)
  }
}

/**
 * The delivery API as a plain fetch-style handler (Request in, Response out), so the Next route and
 * the tests' HTTP server run exactly the same code. Responses, including not-found answers, are
 * cached as bytes until content changes; a cache hit touches neither auth nor the database.
 */
export const createDeliveryHandler = ({ getPayload, compress = false }: DeliveryHandlerOptions) => {
  const inFlight = new Map<string, Promise<CachedResponse>>()

  const respond = (request: Request, entry: CachedResponse, cors: Record<string, string>, head: boolean) => {
    const acceptEncoding = compress ? request.headers.get('accept-encoding') : null
    const reply = replyFor(entry, cors, request.headers.get('if-none-match'), head, acceptEncoding)
    return new Response(reply.body, { status: reply.status, headers: reply.headers })
  }

  const corsFor = async (request: Request, preflight = false) => {
    const origin = request.headers.get('origin')
    if (!origin) return {}
    const allowed = cachedAgencyOrigins() ?? (await allowedOrigins(await getPayload()))
    return corsHeaders(origin, allowed, preflight)
  }

  const get = async (request: Request, head: boolean): Promise<Response> => {
    const url = new URL(request.url)
    const pathSegments = segmentsBelow(API_PREFIX, url.pathname)
    const origin = knownServerURL() || url.origin
    let req: DeliveryRequest
    try {
      req = parseDeliveryRequest(pathSegments, url.searchParams, origin)
    } catch (error) {
      if (!(error instanceof DeliveryHttpError)) throw error
      return respond(
        request,
        serialize(error.status, errorBody(error.status, error.code, error.message)),
        await corsFor(request),
        head,
      )
    }
    const cors = await corsFor(request)
    const hit = readCached(req.key)
    if (hit) return respond(request, hit, cors, head)
    // Right after a publish every open widget asks at once; they share one build per response.
    // A build begun before the latest content change is not shared with requests that arrive after it.
    const flightKey = `${cacheGeneration()}|${req.key}`
    let pending = inFlight.get(flightKey)
    if (!pending) {
      pending = render(req, url.origin).finally(() => inFlight.delete(flightKey))
      inFlight.set(flightKey, pending)
    }
    return respond(request, await pending, cors, head)
  }

  const render = async (req: DeliveryRequest, requestOrigin: string): Promise<CachedResponse> => {
    const generation = cacheGeneration()
    const payload = await getPayload()
    if (knownServerURL() === undefined) rememberServerURL(payload.config.serverURL || '')
    const serverURL = knownServerURL()
    let entry: CachedResponse
    try {
      const built = await build(payload, req, serverURL || requestOrigin)
      const body = {
        meta: {
          apiVersion: API_VERSION,
          locale: req.locale,
          fallbackLocale: 'en',
          fallbacks: built.fallbacks,
          updatedAt: built.updatedAt,
        },
        data: built.data,
      }
      const checked = validate(SCHEMAS[req.route.kind], body)
      if (!checked.ok) {
        payload.logger.error({
          msg: 'Delivery response breaks the contract',
          key: req.key,
          issues: checked.issues.slice(0, 10),
        })
        return serialize(
          500,
          errorBody(500, 'contract_violation', 'The published content could not be delivered in the agreed shape.'),
        )
      }
      entry = await serializeForCache(200, body)
    } catch (error) {
      if (!(error instanceof DeliveryHttpError) || error.status !== 404) throw error
      entry = await serializeForCache(404, errorBody(404, error.code, error.message))
    }
    storeCached(req.key, entry, generation)
    return entry
  }

  const failure = async (request: Request, error: unknown) => {
    try {
      ;(await getPayload()).logger.error({
        err: error,
        msg: `Delivery request failed: ${request.method} ${request.url}`,
      })
    } catch {
      console.error('Delivery request failed', error)
    }
    const body = errorBody(
      500,
      'internal_error',
      'The delivery API failed to answer this request. Please try again later.',
    )
    return new Response(JSON.stringify(body), {
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Origin' },
    })
  }

  const guard = (fn: (request: Request) => Promise<Response>) => async (request: Request) => {
    try {
      return await fn(request)
    } catch (error) {
      return failure(request, error)
    }
  }

  return {
    GET: guard((request) => get(request, false)),
    HEAD: guard((request) => get(request, true)),
    OPTIONS: guard(async (request) => {
      const headers = { Allow: ALLOW, Vary: 'Origin', ...(await corsFor(request, true)) }
      return new Response(null, { status: 204, headers })
    }),
    /** Everything else: the API is read-only. */
    notAllowed: guard(async (request) => {
      const body = errorBody(
        405,
        'method_not_allowed',
        `${API_PREFIX} is read-only: ${request.method} is not supported. Use GET.`,
      )
      return new Response(JSON.stringify(body), {
        status: 405,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          Allow: ALLOW,
          'Cache-Control': 'no-store',
          Vary: 'Origin',
          ...(await corsFor(request)),
        },
      })
    }),
  }
}
