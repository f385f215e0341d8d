import {
  ChecklistListResponse,
  ChecklistResponse,
  CycleResponse,
  DimensionsResponse,
  ErrorResponse,
  ResourcesResponse,
  validate,
} from '@secure-base/content'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { create, ensureDimension, lexical, update } from './content'
import { startDeliveryServer, type DeliveryServer } from './harness'

let server: DeliveryServer
const ALLOWED = 'https://fostering.example.org'
const STRANGER = 'https://elsewhere.example.com'
let agencyId: string | number

type Schema = Parameters<typeof validate>[0]

const expectValid = async (response: Response, schema: Schema) => {
  const body: unknown = await response.json()
  const result = validate(schema, body)
  expect(result.ok ? [] : result.issues).toEqual([])
  return body as never
}

beforeAll(async () => {
  server = await startDeliveryServer(3211)
  const { payload } = server
  const availability = await ensureDimension(payload, 'availability')
  const acceptance = await ensureDimension(payload, 'acceptance')
  const guide = await create(payload, 'resources', {
    title: 'Delivery test guide',
    slug: 'delivery-api-guide',
    type: 'guide',
    externalUrl:
      'https://www.uea.ac.uk/groups-and-centres/centre-for-research-on-children-and-families/secure-base-model',
    settings: ['foster-care'],
    dimensions: [availability.id],
    language: 'en',
    description: 'An introduction to the model from its authors’ university.',
    _status: 'published',
  })
  await create(payload, 'checklists', {
    title: 'Delivery test checklist',
    slug: 'delivery-api-checklist',
    ageBand: '5-10-years',
    settings: ['foster-care', 'adoption'],
    introduction: lexical('Think of the last few weeks.'),
    sections: [
      {
        dimension: availability.id,
        items: [{ question: 'Does the child come to you when upset?', evidencePrompt: 'When did this last happen?' }],
        guidance: lexical('Notice small moments of reaching out.'),
        resources: [guide.id],
      },
      {
        dimension: acceptance.id,
        ratingParts: [
          { key: 'at-home', label: 'At home' },
          { key: 'at-school', label: 'At school' },
        ],
        items: [{ question: 'Does the child enjoy something they are good at?' }],
      },
    ],
    _status: 'published',
  })
  await payload.updateGlobal({
    slug: 'caregiving-cycle' as never,
    locale: 'en',
    overrideAccess: true,
    data: {
      title: 'The caregiving cycle',
      introduction: lexical('Each exchange goes round the same loop.'),
      stages: [
        {
          key: 'child-needs',
          label: 'The child shows a need',
          actor: 'child',
          explanation: 'Behaviour carries the need.',
        },
        {
          key: 'caregiver-responds',
          label: 'The carer responds',
          actor: 'caregiver',
          explanation: 'The carer makes sense of it and acts.',
        },
      ],
      dimensionSteps: [
        {
          dimension: availability.id,
          steps: [
            { stage: 'child-needs', text: 'The child checks whether you are there.' },
            { stage: 'caregiver-responds', text: 'You are, again.' },
          ],
        },
      ],
      _status: 'published',
    } as never,
  })
  const agency = await create(payload, 'agencies', {
    name: 'Delivery test agency',
    slug: 'delivery-test-agency',
    allowedOrigins: [{ origin: ALLOWED }],
  })
  agencyId = agency.id
}, 120_000)

afterAll(async () => {
  await server?.close()
})

describe('every endpoint answers in the contract shape', () => {
  it.each([
    ['/checklists', ChecklistListResponse],
    ['/checklists/delivery-api-checklist', ChecklistResponse],
    ['/cycle', CycleResponse],
    ['/dimensions', DimensionsResponse],
    ['/resources', ResourcesResponse],
    ['/resources?dimension=availability&setting=foster-care&language=en', ResourcesResponse],
  ])('%s in English and Welsh', async (path, schema) => {
    for (const locale of ['en', 'cy']) {
      const response = await server.request(`${path}${path.includes('?') ? '&' : '?'}locale=${locale}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/json')
      const body = (await expectValid(response, schema)) as { meta: { locale: string } }
      expect(body.meta.locale).toBe(locale)
    }
  })

  it('delivers every listed checklist, seeded or new, in the contract shape in both locales', async () => {
    const list = (await (await server.request('/checklists')).json()) as ChecklistListResponse
    expect(list.data.map((c) => c.slug)).toContain('delivery-api-checklist')
    for (const { slug } of list.data) {
      for (const locale of ['en', 'cy']) {
        const response = await server.request(`/checklists/${slug}?locale=${locale}`)
        expect(response.status).toBe(200)
        await expectValid(response, ChecklistResponse)
      }
    }
  })

  it('serves a checklist resolved: dimension names, item ids, linked resources, no editor fields', async () => {
    const { data } = (await (await server.request('/checklists/delivery-api-checklist')).json()) as ChecklistResponse
    expect(data.title).toBe('Delivery test checklist')
    expect(data.sections.map((s) => s.dimension.slug)).toEqual(['availability', 'acceptance'])
    expect(data.sections[0]?.items[0]?.question).toBe('Does the child come to you when upset?')
    expect(data.sections[0]?.items[0]?.id).toMatch(/.+/)
    expect(data.sections[0]?.resources.map((r) => r.slug)).toEqual(['delivery-api-guide'])
    expect(data.sections[1]?.ratingParts).toEqual([
      { key: 'at-home', label: 'At home' },
      { key: 'at-school', label: 'At school' },
    ])
    expect(data.sections[0]?.guidance).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Notice small moments of reaching out.' }] },
    ])
    const text = JSON.stringify(data)
    for (const editorOnly of ['_status', 'createdAt', '"id":"' + String(agencyId)])
      expect(text).not.toContain(editorOnly)
  })

  it('lists the cycle stages in order with their position', async () => {
    const { data } = (await (await server.request('/cycle')).json()) as CycleResponse
    expect(data.stages.map((s) => [s.order, s.key, s.actor])).toEqual([
      [1, 'child-needs', 'child'],
      [2, 'caregiver-responds', 'caregiver'],
    ])
    expect(data.dimensions[0]?.dimension.slug).toBe('availability')
  })
})

describe('HTTP caching', () => {
  it('sends a strong ETag, revalidating Cache-Control and Vary: Origin, and answers If-None-Match with 304', async () => {
    const first = await server.request('/dimensions')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(first.headers.get('vary')).toMatch(/Origin/)
    const bytes = await first.arrayBuffer()

    const again = await server.request('/dimensions', { headers: { 'If-None-Match': etag as string } })
    expect(again.status).toBe(304)
    expect((await again.arrayBuffer()).byteLength).toBe(0)
    expect(again.headers.get('etag')).toBe(etag)

    const other = await server.request('/dimensions', { headers: { 'If-None-Match': '"something-else"' } })
    expect(other.status).toBe(200)
    expect((await other.arrayBuffer()).byteLength).toBe(bytes.byteLength)
  })

  it('answers a repeated request from the cache before the route handler, byte for byte alike', async () => {
    const path = '/resources?setting=foster-care&locale=cy'
    const headersOf = (r: Response) =>
      [...r.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)).sort()
    const before = { ...server.answered }
    const first = await server.request(path, { headers: { Origin: ALLOWED } })
    const firstBody = await first.text()
    const second = await server.request(path, { headers: { Origin: ALLOWED } })
    expect(await second.text()).toBe(firstBody)
    expect(headersOf(second)).toEqual(headersOf(first))
    const revalidated = await server.request(path, {
      headers: { 'If-None-Match': first.headers.get('etag') as string },
    })
    expect(revalidated.status).toBe(304)
    expect(server.answered.handler - before.handler).toBeLessThanOrEqual(1)
    expect(server.answered.fastPath - before.fastPath).toBeGreaterThanOrEqual(2)
  })

  it('gives each locale its own ETag', async () => {
    const en = await server.request('/cycle?locale=en')
    const cy = await server.request('/cycle?locale=cy')
    expect(en.headers.get('etag')).not.toBe(cy.headers.get('etag'))
  })

  it('answers HEAD with the headers and no body', async () => {
    const head = await server.request('/checklists', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toMatch(/^"/)
    expect((await head.arrayBuffer()).byteLength).toBe(0)
  })
})

describe('CORS per agency', () => {
  it('allows an origin an agency lists and exposes the ETag', async () => {
    const response = await server.request('/checklists', { headers: { Origin: ALLOWED } })
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(response.headers.get('access-control-expose-headers')).toMatch(/ETag/i)
  })

  it('gives any other origin no Access-Control-Allow-Origin at all', async () => {
    const response = await server.request('/checklists', { headers: { Origin: STRANGER } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers a preflight for an allowed origin and refuses one for a stranger', async () => {
    const headers = { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' }
    const allowed = await server.request('/dimensions', { method: 'OPTIONS', headers: { ...headers, Origin: ALLOWED } })
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(allowed.headers.get('access-control-allow-methods')).toContain('GET')
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match')
    expect(Number(allowed.headers.get('access-control-max-age'))).toBeGreaterThan(0)

    const refused = await server.request('/dimensions', {
      method: 'OPTIONS',
      headers: { ...headers, Origin: STRANGER },
    })
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('allows a newly listed origin at once, and stops allowing a removed one', async () => {
    const newcomer = 'https://kinship.example.net'
    const before = await server.request('/cycle', { headers: { Origin: newcomer } })
    expect(before.headers.get('access-control-allow-origin')).toBeNull()
    await update(server.payload, 'agencies', agencyId, { allowedOrigins: [{ origin: ALLOWED }, { origin: newcomer }] })
    const after = await server.request('/cycle', { headers: { Origin: newcomer } })
    expect(after.headers.get('access-control-allow-origin')).toBe(newcomer)
    await update(server.payload, 'agencies', agencyId, { allowedOrigins: [{ origin: ALLOWED }] })
    const removed = await server.request('/cycle', { headers: { Origin: newcomer } })
    expect(removed.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('errors are JSON that says what was wrong', () => {
  const expectError = async (path: string, status: number, code: string, mentions: string, init?: RequestInit) => {
    const response = await server.request(path, init)
    expect(response.status).toBe(status)
    const body = (await expectValid(response, ErrorResponse)) as ErrorResponse
    expect(body.error.status).toBe(status)
    expect(body.error.code).toBe(code)
    expect(body.error.message).toContain(mentions)
    expect(body.error.message).not.toMatch(/\bat .*\.(ts|js):\d+/)
  }

  it('404 for an unknown checklist, naming the slug', () =>
    expectError('/checklists/no-such-checklist', 404, 'not_found', 'no-such-checklist'))
  it('404 for a path the API does not have', () => expectError('/checklist', 404, 'not_found', '/checklists'))
  it('400 for an unsupported locale', () => expectError('/dimensions?locale=fr', 400, 'invalid_locale', '"fr"'))
  it('400 for a bad filter value', () =>
    expectError('/resources?setting=hospital', 400, 'invalid_parameter', 'hospital'))
  it('400 for an unknown query parameter', () => expectError('/cycle?colour=red', 400, 'unknown_parameter', '"colour"'))
  it('400 for a malformed slug', () => expectError('/checklists/NOT%20A%20SLUG', 400, 'invalid_slug', 'NOT A SLUG'))
  it('405 for writes, with Allow', async () => {
    await expectError('/checklists', 405, 'method_not_allowed', 'POST', { method: 'POST', body: '{}' })
    const response = await server.request('/checklists', { method: 'DELETE' })
    expect(response.headers.get('allow')).toContain('GET')
  })
  it('lets an allowed partner page read the error', async () => {
    const response = await server.request('/dimensions?locale=xx', { headers: { Origin: ALLOWED } })
    expect(response.status).toBe(400)
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED)
  })
})
