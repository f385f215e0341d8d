import { describe, expect, inject, it } from 'vitest'

const server = inject('fixtureServer')
const api = (path: string) => fetch(`${server}${path}`)

describe('the fixture delivery server the widget tests load from', () => {
  it('serves a contract fixture in the requested locale, with CORS', async () => {
    const response = await api('/api/widget/v1/cycle?locale=cy')
    expect(response.status).toBe(200)
    // The test page is on another origin, so reading the body at all proves the CORS headers.
    expect(response.type).toBe('cors')
    const body = await response.json()
    expect(body.meta.locale).toBe('cy')
    expect(body.data.title).toBe('Y cylch gofalu')
  })

  it('filters resources like the delivery API', async () => {
    const body = await (await api('/api/widget/v1/resources?setting=schools')).json()
    expect(body.data.length).toBeGreaterThan(0)
    for (const resource of body.data) expect(resource.settings).toContain('schools')
  })

  it('answers the failure a scenario prefix asks for', async () => {
    const notFound = await api('/status/404/api/widget/v1/cycle')
    expect(notFound.status).toBe(404)
    expect((await notFound.json()).error.code).toBe('not-found')
    expect((await api('/status/500/api/widget/v1/cycle')).status).toBe(500)
    await expect((await api('/invalid-json/api/widget/v1/cycle')).json()).rejects.toThrow()
    expect((await api('/slow/20/api/widget/v1/cycle')).status).toBe(200)
    expect((await (await api('/empty/api/widget/v1/resources')).json()).data).toEqual([])
    const once = '/fail-once/server-self-test/api/widget/v1/cycle'
    expect((await api(once)).status).toBe(503)
    expect((await api(once)).status).toBe(200)
  })

  it('hands out an origin where the connection is refused', async () => {
    await expect(fetch(`${inject('refusedServer')}/api/widget/v1/cycle`)).rejects.toThrow()
  })
})
