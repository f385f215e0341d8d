import type { RawRequest } from './raw-http'

/**
 * Bad input, generated per class for the CMS's public routes: every combination below is sent and
 * must get a 4xx or a success, never a 5xx, a crash or a hang. `{id}` stands for a real document id.
 */
export interface Case extends RawRequest {
  cls: string
}

export const COLLECTIONS = [
  'dimensions',
  'explanations',
  'checklists',
  'resources',
  'media',
  'agencies',
  'reach-counts',
  'users',
] as const
const GLOBALS = ['caregiving-cycle'] as const
const DELIVERY = [
  'dimensions',
  'cycle',
  'checklists',
  'checklists/checklist-5-10-years',
  'resources',
  'explanations',
] as const

/** Every route a stranger can reach, read-side. */
export const READ_ROUTES: string[] = [
  ...COLLECTIONS.flatMap((c) => [`/api/${c}`, `/api/${c}/{id}`, `/api/${c}/versions`, `/api/${c}/count`]),
  ...GLOBALS.flatMap((g) => [`/api/globals/${g}`, `/api/globals/${g}/versions`]),
  '/api/users/me',
  '/api/users/init',
  '/api/access',
  '/api/graphql',
  '/api/media/file/nothing-here.png',
  ...DELIVERY.map((d) => `/api/widget/v1/${d}`),
  '/widgets/manifest.json',
  '/widgets/latest/secure-base-widgets.js',
  '/widgets/0.0.0/secure-base-widgets.js',
  '/preview/api/cycle',
  '/preview/api/dimensions',
  '/preview/api/checklist',
  '/healthz',
  '/readyz',
]

/** Every route that takes a body. */
export const WRITE_ROUTES: { method: string; path: string }[] = [
  ...COLLECTIONS.flatMap((c) => [
    { method: 'POST', path: `/api/${c}` },
    { method: 'PATCH', path: `/api/${c}/{id}` },
    { method: 'PATCH', path: `/api/${c}?where[id][equals]={id}` },
    { method: 'DELETE', path: `/api/${c}/{id}` },
  ]),
  ...GLOBALS.map((g) => ({ method: 'POST', path: `/api/globals/${g}` })),
  ...[
    'login',
    'logout',
    'refresh-token',
    'forgot-password',
    'reset-password',
    'unlock',
    'first-register',
    'verify/x',
  ].map((p) => ({
    method: 'POST',
    path: `/api/users/${p}`,
  })),
  { method: 'POST', path: '/api/graphql' },
  { method: 'POST', path: '/api/widget/v1/reach' },
]

const BODIES: { type: string | undefined; body: string }[] = [
  { type: 'text/plain', body: '{"title":"x"}' },
  { type: 'text/plain', body: 'hello' },
  { type: 'application/x-www-form-urlencoded', body: 'title=x&slug=y&_payload=%7B%7D' },
  { type: 'application/xml', body: '<?xml version="1.0"?><doc><title>x</title></doc>' },
  { type: 'text/html', body: '<form></form>' },
  { type: 'application/octet-stream', body: '\u0000\u0001\u0002' },
  { type: undefined, body: '{"title":"x"}' },
  { type: 'multipart/form-data', body: '--x\r\n\r\n' },
  {
    type: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--zz--\r\n',
  },
  { type: 'application/json', body: '' },
  { type: 'application/json', body: '{"title":' },
  { type: 'application/json', body: '[1,2,3]' },
  { type: 'application/json', body: '"just a string"' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '{"title":1e400,"slug":["a"],"role":{"$gt":""},"email":123,"password":false}' },
  { type: 'application/json', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { type: 'application/json', body: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}' },
  { type: 'application/json; charset=utf-16', body: '{"title":"x"}' },
]

export const bodyCases = (): Case[] =>
  WRITE_ROUTES.flatMap(({ method, path }) =>
    BODIES.map(({ type, body }) => ({
      cls: 'content types',
      method,
      path,
      headers: type ? { 'content-type': type } : undefined,
      body,
    })),
  )

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'no_such_operator',
] as const
const FIELDS = ['id', 'slug', 'title', 'createdAt', '_status', 'no_such_field', 'allowedOrigins.origin'] as const
const VALUES = ['x', '1e999', '', '%25', '-1,2,abc', '{"type":"Point"}'] as const

export const operatorCases = (): Case[] =>
  (['dimensions', 'checklists', 'resources', 'agencies', 'users', 'media'] as const).flatMap((collection) =>
    FIELDS.flatMap((field) =>
      OPERATORS.flatMap((op) => [
        ...VALUES.slice(0, field === 'slug' || field === 'createdAt' ? VALUES.length : 2).map((value) => ({
          cls: 'query operators',
          method: 'GET',
          path: `/api/${collection}?where[${field}][${op}]=${encodeURIComponent(value)}`,
        })),
        { cls: 'query operators', method: 'GET', path: `/api/${collection}?where[${field}][${op}][nested]=1` },
        {
          cls: 'query operators',
          method: 'GET',
          path: `/api/${collection}?where[or][0][${field}][${op}]=x&where[and][0][or]=1`,
        },
      ]),
    ),
  )

const NUMBERS = [
  '-1',
  '0',
  '99999999999999999999',
  '1e3',
  '1e308',
  'NaN',
  'Infinity',
  'abc',
  '1.5',
  '',
  '0x10',
  '[]',
] as const
const NUMERIC_PARAMS = ['page', 'limit', 'depth'] as const
const OTHER_PARAMS: [string, string[]][] = [
  ['sort', ['', '-', '--title', 'no_such_field', 'title,-title,'.repeat(50), '%00']],
  ['locale', ['xx', '', 'all', '*', '../en']],
  ['fallback-locale', ['xx', 'none', '']],
  ['draft', ['maybe', '1', '']],
  ['select[title]', ['maybe', '']],
  ['populate[dimensions][title]', ['x']],
  ['joins', ['x']],
  ['trash', ['x']],
]

export const numberCases = (): Case[] =>
  [
    '/api/dimensions',
    '/api/checklists',
    '/api/dimensions/versions',
    '/api/users',
    '/api/dimensions/{id}',
    '/api/globals/caregiving-cycle',
  ].flatMap((route) => [
    ...NUMERIC_PARAMS.flatMap((param) =>
      NUMBERS.map((n) => ({
        cls: 'numbers and parameters',
        method: 'GET',
        path: `${route}?${param}=${encodeURIComponent(n)}`,
      })),
    ),
    ...OTHER_PARAMS.flatMap(([param, values]) =>
      values.map((v) => ({
        cls: 'numbers and parameters',
        method: 'GET',
        path: `${route}?${param}=${encodeURIComponent(v)}`,
      })),
    ),
  ])

const BAD_ENCODINGS = ['%', '%zz', '%0', '%00', '%C0%AF', '%FF%FE', '%E2%80%AE', '%ED%A0%80', '%F4%90%80%80'] as const

export const encodingCases = (): Case[] =>
  READ_ROUTES.flatMap((route) =>
    BAD_ENCODINGS.flatMap((bad) => [
      { cls: 'encodings', method: 'GET', path: `${route.split('?')[0]}${route.endsWith('}') ? '' : '/'}${bad}` },
      { cls: 'encodings', method: 'GET', path: `${route}?where[title][equals]=${bad}&q=${bad}` },
      { cls: 'encodings', method: 'GET', path: `${route}?${bad}=1` },
    ]),
  )

/** Methods Node's HTTP parser accepts and no route serves. */
const ODD_METHODS = [
  'TRACE',
  'PROPFIND',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
  'SEARCH',
  'PURGE',
  'REPORT',
] as const

export const methodCases = (): Case[] =>
  READ_ROUTES.flatMap((route) => [
    ...ODD_METHODS.map((method) => ({ cls: 'methods', method, path: route })),
    { cls: 'methods', method: 'OPTIONS', path: route },
    { cls: 'methods', method: 'PUT', path: route, headers: { 'content-type': 'application/json' }, body: '{}' },
    { cls: 'methods', method: 'DELETE', path: route },
    { cls: 'methods', method: 'HEAD', path: route },
  ])

const deepWhere = (levels: number): string =>
  `{ Dimensions(where: ${'{ AND: ['.repeat(levels)}{ slug: { equals: "x" } }${' ] }'.repeat(levels)}) { docs { id } } }`
const manyOrs = `{ Dimensions(where: { OR: [${Array.from({ length: 1000 }, (_, i) => `{ slug: { equals: "s${i}" } }`).join(', ')}] }) { docs { id } } }`

const GRAPHQL_BODIES: string[] = [
  '{"query":"{ Dimensions { docs { id',
  JSON.stringify({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
  JSON.stringify({ query: manyOrs }),
  JSON.stringify({ query: `{ ${'a: __typename '.repeat(5000)} }` }),
  JSON.stringify({
    query: `${'{ __schema { types { fields { type { ofType '.repeat(20)}{ name }${' }'.repeat(20 * 5)}`,
  }),
  JSON.stringify({ query: deepWhere(300) }),
  JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
  JSON.stringify({ query: 42 }),
  JSON.stringify({ query: '{ __typename }', variables: 'not an object' }),
  JSON.stringify({
    query: 'query Q($s: String!) { Dimensions(where: { slug: { equals: $s } }) { docs { id } } }',
    variables: { s: { a: 1 } },
  }),
  JSON.stringify({ query: '{ __typename }', operationName: 'Missing' }),
  JSON.stringify({ query: '{ NoSuchField }' }),
  JSON.stringify({ query: 'mutation { createUser(data: { email: "x@y.z", password: "x" }) { id } }' }),
  JSON.stringify({ query: '{ Dimensions(limit: 99999999999999999999, page: -1) { docs { id } } }' }),
  JSON.stringify({ query: '{ Dimensions(where: { slug: { near: "1,2" } }) { docs { id } } }' }),
  JSON.stringify({}),
]

export const graphqlCases = (): Case[] => [
  ...GRAPHQL_BODIES.map((body) => ({
    cls: 'GraphQL shapes',
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': 'application/json' },
    body,
  })),
  { cls: 'GraphQL shapes', method: 'GET', path: '/api/graphql?query=%7B%20__typename' },
  { cls: 'GraphQL shapes', method: 'GET', path: '/api/graphql?query=%7B__typename%7D' },
  { cls: 'GraphQL shapes', method: 'GET', path: '/api/graphql' },
]

const HEADER_SETS: Record<string, string>[] = [
  { cookie: 'payload-token=not.a.jwt' },
  { cookie: `payload-token=${'a'.repeat(4000)}` },
  { authorization: 'JWT not.a.jwt' },
  { authorization: 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.' },
  { authorization: 'Bearer x' },
  { authorization: 'users API-Key nonsense' },
  { accept: '*/*;q=abc, text/html;;;' },
  { 'accept-language': 'x'.repeat(2000) },
  { 'accept-encoding': 'br;q=x, gzip;q=0, *;q=-1' },
  { 'if-none-match': '"unterminated, W/, *' },
  { 'if-modified-since': 'yesterday' },
  { range: 'bytes=abc-def' },
  { origin: 'null' },
  { origin: 'http://[::1' },
  { origin: 'javascript:alert(1)' },
  { 'x-forwarded-for': '999.1.1.1, not-an-ip' },
  { 'x-forwarded-host': 'evil.example' },
  { host: 'evil.example' },
]

export const headerCases = (): Case[] =>
  READ_ROUTES.flatMap((route) =>
    HEADER_SETS.map((headers) => ({ cls: 'headers', method: 'GET', path: route, headers })),
  )

const PATH_TRICKS = [
  '/api/widget/v1/%2e%2e/%2e%2e/users',
  '/api/widget/v1/%2E%2E/%2E%2E/users',
  '/api/widget/v1/..%2f..%2fusers',
  '/api/widget/v1/../../users',
  '/api/widget/v1/.%2e/.%2e/users',
  '/api/widget/v1/dimensions/..',
  '/api/widget/v1\\..\\..\\users',
  '/widgets/%2e%2e/api/users',
  '/widgets/latest/..%2f..%2fpayload-secret',
  '/api/media/file/..%2f..%2fpayload-secret',
  '/api/media/file/%2e%2e%2f%2e%2e%2fpayload-secret',
  '/api/./users',
  '//api/users',
  '/api/users;jsessionid=1',
  '/API/USERS',
  '/api/%75sers',
  '/api/users/%00',
  '/api/widget/v1/checklists/' + 'a'.repeat(5000),
  '/preview/checklists/%2e%2e',
  '/preview/dimensions/..%5c..%5cusers',
  '/admin/%2e%2e/api/users',
  '/_next/%2e%2e/%2e%2e/package.json',
]

export const pathCases = (): Case[] => PATH_TRICKS.map((path) => ({ cls: 'path tricks', method: 'GET', path }))
