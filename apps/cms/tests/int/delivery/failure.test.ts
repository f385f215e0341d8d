import { API_PREFIX, ErrorResponse, validate } from '@secure-base/content'
import { describe, expect, it } from 'vitest'
import { createDeliveryHandler } from '../../../src/delivery/handler'

describe('unexpected failures', () => {
  it('answer 500 JSON that reveals nothing of the server', async () => {
    const handler = createDeliveryHandler({
      getPayload: async () => {
        throw new Error('SQLITE_CANTOPEN: unable to open /srv/private/secure-base.db')
      },
    })
    const response = await handler.GET(new Request(`http://cms.test${API_PREFIX}/dimensions`))
    expect(response.status).toBe(500)
    const text = await response.text()
    const body = validate(ErrorResponse, JSON.parse(text))
    expect(body.ok).toBe(true)
    expect(text).not.toContain('SQLITE')
    expect(text).not.toContain('/srv/private')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('still answer bad input with 400, without needing the database', async () => {
    const handler = createDeliveryHandler({
      getPayload: async () => {
        throw new Error('database down')
      },
    })
    const response = await handler.GET(new Request(`http://cms.test${API_PREFIX}/dimensions?locale=de`))
    expect(response.status).toBe(400)
    expect(validate(ErrorResponse, await response.json()).ok).toBe(true)
  })
})
