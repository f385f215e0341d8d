import {
  API_PREFIX,
  CARE_SETTINGS,
  DEFAULT_LOCALE,
  DIMENSION_SLUGS,
  LOCALES,
  isLocale,
  type Locale,
} from '@secure-base/content'
import type { ResourceFilters } from './endpoints'
import { badRequest, notFound } from './errors'
import { isCareSetting, isDimensionSlug } from './serialize'

export type Route =
  | { kind: 'checklists' }
  | { kind: 'checklist'; slug: string }
  | { kind: 'cycle' }
  | { kind: 'dimensions' }
  | { kind: 'resources'; filters: ResourceFilters }

export interface DeliveryRequest {
  route: Route
  locale: Locale
  /** One string per distinct response, so equivalent URLs share a cache entry. */
  key: string
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG = 120
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i
const ENDPOINTS = ['/checklists', '/checklists/:slug', '/cycle', '/dimensions', '/resources']

const PARAMS: Record<Route['kind'], readonly string[]> = {
  checklists: ['locale'],
  checklist: ['locale'],
  cycle: ['locale'],
  dimensions: ['locale'],
  resources: ['locale', 'dimension', 'setting', 'language'],
}

const ENDPOINT_NAME: Record<Route['kind'], string> = {
  checklists: `${API_PREFIX}/checklists`,
  checklist: `${API_PREFIX}/checklists/:slug`,
  cycle: `${API_PREFIX}/cycle`,
  dimensions: `${API_PREFIX}/dimensions`,
  resources: `${API_PREFIX}/resources`,
}

const routeOf = (segments: string[]): { kind: Route['kind']; slug?: string } => {
  const [first, second, ...rest] = segments
  const path = ('/' + segments.join('/')).slice(0, 200)
  if (rest.length === 0 && second === undefined) {
    if (first === 'checklists' || first === 'cycle' || first === 'dimensions' || first === 'resources') return { kind: first }
  }
  if (first === 'checklists' && second !== undefined && rest.length === 0) {
    if (second.length > MAX_SLUG || !SLUG.test(second))
      throw badRequest(
        'invalid_slug',
        `"${second.slice(0, MAX_SLUG)}" is not a checklist slug: use lowercase letters, digits and single hyphens (at most ${MAX_SLUG} characters).`,
      )
    return { kind: 'checklist', slug: second }
  }
  throw notFound(`There is no delivery endpoint at ${API_PREFIX}${path}. Endpoints: ${ENDPOINTS.join(', ')}.`)
}

const oneOf = (name: string, value: string, allowed: readonly string[]) =>
  badRequest('invalid_parameter', `"${value}" is not a valid ${name}. Use one of: ${allowed.join(', ')}.`)

/**
 * Reads the path below the API prefix and the query string, rejecting anything the API does not
 * understand with a message that names the offending part, so a typo never silently widens a query.
 */
export const parseDeliveryRequest = (pathSegments: string[], search: URLSearchParams, origin: string): DeliveryRequest => {
  let segments: string[]
  try {
    segments = pathSegments.filter((s) => s !== '').map((s) => decodeURIComponent(s))
  } catch {
    throw badRequest('invalid_path', 'The request path is not valid percent-encoded text.')
  }
  const base = routeOf(segments)
  const allowed = PARAMS[base.kind]

  const values = new Map<string, string>()
  for (const [name, value] of search) {
    if (!allowed.includes(name))
      throw badRequest(
        'unknown_parameter',
        `Unknown query parameter "${name}". ${ENDPOINT_NAME[base.kind]} accepts: ${allowed.join(', ')}.`,
      )
    if (values.has(name)) throw badRequest('invalid_parameter', `The query parameter "${name}" was given more than once.`)
    values.set(name, value)
  }

  const rawLocale = values.get('locale') ?? DEFAULT_LOCALE
  if (!isLocale(rawLocale))
    throw badRequest('invalid_locale', `"${rawLocale}" is not a supported locale. Use one of: ${LOCALES.join(', ')}.`)
  const locale: Locale = rawLocale

  let route: Route
  if (base.kind === 'resources') {
    const filters: ResourceFilters = {}
    const dimension = values.get('dimension')
    if (dimension !== undefined) {
      if (!isDimensionSlug(dimension)) throw oneOf('dimension', dimension, DIMENSION_SLUGS)
      filters.dimension = dimension
    }
    const setting = values.get('setting')
    if (setting !== undefined) {
      if (!isCareSetting(setting)) throw oneOf('setting', setting, CARE_SETTINGS)
      filters.setting = setting
    }
    const language = values.get('language')
    if (language !== undefined) {
      if (!LANGUAGE_TAG.test(language))
        throw badRequest('invalid_parameter', `"${language}" is not a language tag: use a BCP 47 tag such as en, cy or pt-BR.`)
      filters.language = language.toLowerCase()
    }
    route = { kind: 'resources', filters }
  } else if (base.kind === 'checklist') {
    route = { kind: 'checklist', slug: base.slug as string }
  } else {
    route = { kind: base.kind }
  }

  const filterKey =
    route.kind === 'resources' ? `${route.filters.dimension ?? ''}|${route.filters.setting ?? ''}|${route.filters.language ?? ''}` : ''
  // Only responses that embed resource URLs depend on which host the caller reached.
  const originKey = route.kind === 'resources' || route.kind === 'checklist' ? origin : ''
  const key = `${route.kind}|${route.kind === 'checklist' ? route.slug : ''}|${locale}|${filterKey}|${originKey}`
  return { route, locale, key }
}
