import { beforeAll, describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../helpers/accounts'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')
let admin: string

const post = async (path: string, data: unknown) => {
  const response = await fetch(`${url}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeader(admin) },
    body: JSON.stringify(data),
  })
  const body = (await response.json()) as {
    errors?: { message: string; data?: { errors?: { message: string; path: string }[] } }[]
  }
  const messages = (body.errors ?? []).flatMap((error) => [
    error.message,
    ...(error.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`),
  ])
  return { status: response.status, text: messages.join(' | ') }
}

beforeAll(async () => {
  admin = await login(url, accounts.admin)
})

const explanation = { title: 'Validation check', summary: 'x' }

describe('bad input gets a 400 with a message an editor can act on', () => {
  it('a colour that is not #rrggbb', async () => {
    const result = await post('/agencies', { name: 'Colourful', slug: 'colourful-agency', theme: { primary: 'red' } })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/theme.primary: "red" is not a colour/)
  })

  it('an allowed origin with a path', async () => {
    const result = await post('/agencies', {
      name: 'Pathy',
      slug: 'pathy-agency',
      allowedOrigins: [{ origin: 'https://fostering.example.org/embed' }],
    })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/allowedOrigins.0.origin: .*not a bare website origin/)
  })

  it('a resource with neither a file nor a URL, or with both', async () => {
    const neither = await post('/resources', {
      title: 'Orphan',
      slug: 'orphan-resource',
      type: 'guide',
      language: 'en',
    })
    expect(neither.status).toBe(400)
    expect(neither.text).toMatch(/exactly one of an uploaded file or an external URL/)
    const badUrl = await post('/resources', {
      title: 'Bad link',
      slug: 'bad-link-resource',
      type: 'link',
      language: 'en',
      externalUrl: 'javascript:alert(1)',
    })
    expect(badUrl.status).toBe(400)
    expect(badUrl.text).toMatch(/must start with https:\/\/ or http:\/\//)
  })

  it('a slug with spaces or capitals, and a slug that is already taken', async () => {
    const bad = await post('/explanations', { ...explanation, slug: 'Not A Slug' })
    expect(bad.status).toBe(400)
    expect(bad.text).toMatch(/not a valid slug/)
    const taken = await post('/explanations', { ...explanation, slug: 'introduction' })
    expect(taken.status).toBe(400)
    expect(taken.text).toMatch(/slug/i)
  })

  it('a dimension outside the five, or with an order out of range', async () => {
    const result = await post('/dimensions', {
      name: 'Extra',
      slug: 'curiosity',
      order: 9,
      subtitle: 's',
      colour: '#123456',
      summary: 's',
      caregiverFocus: 'c',
      childGains: 'g',
    })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/not one of the five dimensions/)
    expect(result.text).toMatch(/order/)
  })

  it('malformed JSON is refused without a server error', async () => {
    const response = await fetch(`${url}/api/explanations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeader(admin) },
      body: '{"title": ',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('an ID that cannot exist is a 404, not a server error', async () => {
    for (const path of ['/dimensions/not-an-id', '/media/abc', '/users/abc', '/agencies/abc']) {
      const response = await fetch(`${url}/api${path}`, { headers: authHeader(admin) })
      expect(response.status, path).toBe(404)
    }
  })
})
