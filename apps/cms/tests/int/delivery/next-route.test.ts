import {
  API_PREFIX,
  ChecklistListResponse,
  ChecklistResponse,
  CycleResponse,
  DimensionsResponse,
  ErrorResponse,
  ResourcesResponse,
  validate,
} from '@secure-base/content'
import { describe, expect, inject, it } from 'vitest'

/**
 * The delivery route as the production server serves it (`dist/server.js`, started once
 * for the run by the shared global setup, on a freshly migrated and seeded SQLite file).
 */
const base = () => `${inject('cmsUrl')}${API_PREFIX}`

const getValid = async (path: string, schema: Parameters<typeof validate>[0]) => {
  const response = await fetch(`${base()}${path}`)
  expect(response.status).toBe(200)
  const result = validate(schema, await response.json())
  expect(result.ok ? [] : result.issues).toEqual([])
  return { response, body: result.ok ? (result.value as never) : (undefined as never) }
}

describe('the delivery route in the production build', () => {
  it('serves the seeded model through every endpoint, in English and Welsh, in the contract shape', async () => {
    for (const locale of ['en', 'cy']) {
      const list = await getValid(`/checklists?locale=${locale}`, ChecklistListResponse)
      const checklists = (list.body as ChecklistListResponse).data
      expect(checklists.map((c) => c.ageBand).sort()).toEqual([
        '0-18-months',
        '11-18-years',
        '19-months-4-years',
        '5-10-years',
      ])
      for (const { slug } of checklists) {
        const { body } = await getValid(`/checklists/${slug}?locale=${locale}`, ChecklistResponse)
        const checklist = (body as ChecklistResponse).data
        expect(checklist.isSample).toBe(true)
        expect(checklist.sections.length).toBeGreaterThan(0)
      }
      await getValid(`/cycle?locale=${locale}`, CycleResponse)
      const dimensions = (await getValid(`/dimensions?locale=${locale}`, DimensionsResponse)).body as DimensionsResponse
      expect(dimensions.data.map((d) => d.slug)).toEqual([
        'availability',
        'sensitivity',
        'acceptance',
        'co-operation',
        'family-membership',
      ])
      const resources = (await getValid(`/resources?locale=${locale}`, ResourcesResponse)).body as ResourcesResponse
      expect(resources.data.length).toBeGreaterThanOrEqual(10)
    }
  })

  it('revalidates with ETag and 304 through Next', async () => {
    const { response } = await getValid('/dimensions', DimensionsResponse)
    const etag = response.headers.get('etag') as string
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const again = await fetch(`${base()}/dimensions`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect((await again.arrayBuffer()).byteLength).toBe(0)
  })

  it('answers bad input and other methods with contract errors, not Next or Payload pages', async () => {
    for (const [path, init, status] of [
      ['/checklists/no-such-thing', undefined, 404],
      ['/resources?dimension=trust', undefined, 400],
      ['/dimensions?page=2', undefined, 400],
      ['/dimensions', { method: 'PUT' }, 405],
    ] as const) {
      const response = await fetch(`${base()}${path}`, init)
      expect(response.status).toBe(status)
      expect(validate(ErrorResponse, await response.json()).ok).toBe(true)
    }
  })
})
