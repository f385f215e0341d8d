import { API_PREFIX, LocaleQuery, ResourcesQuery, firstProblem, isSlug, type Locale } from '@secure-base/content'
import type { ResourceFilters } from './endpoints'
import { badRequest, notFound } from './errors'

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

const MAX_SLUG = 120
const ENDPOINTS = ['/checklists', '/checklists/:slug', '/cycle', '/dimensions', '/resources']

/** The query each endpoint takes; a parameter it does not name is refused. */
const QUERY: Record<Route['kind'], typeof LocaleQuery | typeof ResourcesQuery> = {
  checklists: LocaleQuery,
  checklist: LocaleQuery,
  cycle: LocaleQuery,
  dimensions: LocaleQuery,
  resources: ResourcesQuery,
}

const ENDPOINT_NAME: Record<Route['kind'], string> = {
  checklists: `${API_PREFIX}/checklists`,
  checklist: `${API_PREFIX}/checklists/:slug`,
  cycle: `${API_PREFIX}/cycle`,
  dimensions: `${API_PREFIX}/dimensions`,
  resources: `${API_PREFIX}/resources`,
}

type Base = { kind: Exclude<Route['kind'], 'checklist'> } | { kind: 'checklist'; slug: string }

const routeOf = (segments: string[]): Base => {
  const [first, second, ...rest] = segments
  const path = ('/' + segments.join('/')).slice(0, 200)
  if (rest.length === 0 && second === undefined) {
    if (first === 'checklists' || first === 'cycle' || first === 'dimensions' || first === 'resources')
      return { kind: first }
  }
  if (first === 'checklists' && second !== undefined && rest.length === 0) {
    if (second.length > MAX_SLUG || !isSlug(second))
      throw badRequest(
        'invalid_slug',
        `"${second.slice(0, MAX_SLUG)}" is not a checklist slug: use lowercase letters, digits and single hyphens (at most ${MAX_SLUG} characters).`,
      )
    return { kind: 'checklist', slug: second }
  }
  throw notFound(`There is no delivery endpoint at ${API_PREFIX}${path}. Endpoints: ${ENDPOINTS.join(', ')}.`)
}

/** Each parameter once, and only those the endpoint takes. */
const queryFields = (search: URLSearchParams, kind: Route['kind']): Record<string, string> => {
  const allowed = Object.keys(QUERY[kind].entries)
  const fields: Record<string, string> = {}
  for (const [name, value] of search) {
    if (!allowed.includes(name))
      throw badRequest(
        'unknown_parameter',
        `Unknown query parameter "${name}". ${ENDPOINT_NAME[kind]} accepts: ${allowed.join(', ')}.`,
      )
    if (Object.hasOwn(fields, name))
      throw badRequest('invalid_parameter', `The query parameter "${name}" was given more than once.`)
    fields[name] = value
  }
  return fields
}

/**
 * Reads the path below the API prefix and the query string, rejecting anything the API does not
 * understand with a message that names the offending part, so a typo never silently widens a query.
 */
export const parseDeliveryRequest = (
  pathSegments: string[],
  search: URLSearchParams,
  origin: string,
): DeliveryRequest => {
  let segments: string[]
  try {
    segments = pathSegments.filter((s) => s !== '').map((s) => decodeURIComponent(s))
  } catch {
    throw badRequest('invalid_path', 'The request path is not valid percent-encoded text.')
  }
  const base = routeOf(segments)
  const query = firstProblem(QUERY[base.kind], queryFields(search, base.kind))
  if (!query.ok) throw badRequest(query.field === 'locale' ? 'invalid_locale' : 'invalid_parameter', query.message)
  const { locale, ...filters } = query.value

  const route: Route =
    base.kind === 'resources'
      ? { kind: 'resources', filters }
      : base.kind === 'checklist'
        ? { kind: 'checklist', slug: base.slug }
        : { kind: base.kind }

  const filterKey =
    route.kind === 'resources'
      ? `${route.filters.dimension ?? ''}|${route.filters.setting ?? ''}|${route.filters.language ?? ''}`
      : ''
  // Only responses that embed resource URLs depend on which host the caller reached.
  const originKey = route.kind === 'resources' || route.kind === 'checklist' ? origin : ''
  const key = `${route.kind}|${route.kind === 'checklist' ? route.slug : ''}|${locale}|${filterKey}|${originKey}`
  return { route, locale, key }
}
