import type * as v from 'valibot'
import {
  API_PREFIX,
  ChecklistListResponse,
  ChecklistResponse,
  CycleResponse,
  DimensionsResponse,
  ErrorResponse,
  ResourcesResponse,
} from './schemas.js'
import { validate } from './validate.js'
import type { CareSetting, DimensionSlug, Locale } from './vocabulary.js'

export type DeliveryErrorKind = 'network' | 'http' | 'invalid'

/**
 * Why a delivery request failed, in terms a widget can show: the server could not be reached,
 * it answered with an error status, or it answered with something that breaks the contract.
 */
export class DeliveryError extends Error {
  constructor(
    readonly kind: DeliveryErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message)
    this.name = 'DeliveryError'
  }
}

export interface RequestOptions {
  locale?: Locale
  signal?: AbortSignal
}

export interface ResourceQuery extends RequestOptions {
  dimension?: DimensionSlug
  setting?: CareSetting
  /** The language of the resources themselves, e.g. `en` or `no`. */
  language?: string
}

export interface DeliveryClientOptions {
  /** The CMS origin, e.g. `https://cms.example.org`. */
  baseUrl: string
  fetch?: typeof fetch
}

const query = (params: Record<string, string | undefined>): string => {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)
  return entries.length ? `?${new URLSearchParams(entries)}` : ''
}

/** A typed client for the delivery API; every response is checked against the contract. */
export const createDeliveryClient = ({ baseUrl, fetch: fetchImpl }: DeliveryClientOptions) => {
  const root = baseUrl.replace(/\/+$/, '') + API_PREFIX

  const get = async <S extends v.GenericSchema>(
    schema: S,
    path: string,
    params: Record<string, string | undefined>,
    signal?: AbortSignal,
  ): Promise<v.InferOutput<S>> => {
    const url = `${root}${path}${query(params)}`
    let response: Response
    try {
      response = await (fetchImpl ?? globalThis.fetch)(url, {
        signal,
        headers: { accept: 'application/json' },
        credentials: 'omit',
      })
    } catch (cause) {
      if (signal?.aborted) throw cause
      throw new DeliveryError('network', `Could not reach ${baseUrl}`)
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      throw new DeliveryError('invalid', `${url} did not answer with JSON`, response.status)
    }
    if (!response.ok) {
      const error = validate(ErrorResponse, body)
      throw error.ok
        ? new DeliveryError('http', error.value.error.message, response.status, error.value.error.code)
        : new DeliveryError('http', `${url} answered ${response.status}`, response.status)
    }
    const result = validate(schema, body)
    if (!result.ok) throw new DeliveryError('invalid', `Unexpected content: ${result.issues[0]}`, response.status)
    return result.value
  }

  return {
    checklists: ({ locale, signal }: RequestOptions = {}) =>
      get(ChecklistListResponse, '/checklists', { locale }, signal),
    checklist: (slug: string, { locale, signal }: RequestOptions = {}) =>
      get(ChecklistResponse, `/checklists/${encodeURIComponent(slug)}`, { locale }, signal),
    cycle: ({ locale, signal }: RequestOptions = {}) => get(CycleResponse, '/cycle', { locale }, signal),
    dimensions: ({ locale, signal }: RequestOptions = {}) => get(DimensionsResponse, '/dimensions', { locale }, signal),
    resources: ({ locale, signal, dimension, setting, language }: ResourceQuery = {}) =>
      get(ResourcesResponse, '/resources', { locale, dimension, setting, language }, signal),
  }
}

export type DeliveryClient = ReturnType<typeof createDeliveryClient>
