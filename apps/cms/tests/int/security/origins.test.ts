import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../../helpers/accounts'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')
let adminToken: string
const created: (string | number)[] = []

const saveAgency = async (origins: string[]) => {
  const suffix = randomBytes(4).toString('hex')
  const response = await fetch(`${url}/api/agencies`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeader(adminToken) },
    body: JSON.stringify({
      name: `Origins ${suffix}`,
      slug: `origins-${suffix}`,
      allowedOrigins: origins.map((origin) => ({ origin })),
    }),
  })
  const body = (await response.json()) as {
    doc?: { id: string | number; allowedOrigins: { origin: string }[] }
    errors?: unknown[]
  }
  if (body.doc) created.push(body.doc.id)
  return { status: response.status, body, text: JSON.stringify(body) }
}

beforeAll(async () => {
  adminToken = await login(url, accounts.admin)
})

afterAll(async () => {
  for (const id of created)
    await fetch(`${url}/api/agencies/${id}`, { method: 'DELETE', headers: authHeader(adminToken) })
})

describe('allowed origins', () => {
  it('are saved in the form browsers send: lower case, no trailing slash, no default port', async () => {
    const result = await saveAgency([
      'HTTP://LOCALHOST:4173/',
      'https://Fostering.Example.ORG:443',
      ' http://127.0.0.1:80 ',
    ])
    expect(result.status).toBe(201)
    expect(result.body.doc?.allowedOrigins.map((row) => row.origin)).toEqual([
      'http://localhost:4173',
      'https://fostering.example.org',
      'http://127.0.0.1',
    ])
  })

  it('that are not origins are refused with a message saying what to write', async () => {
    for (const origin of [
      'https://fostering.example.org/embed',
      'ftp://fostering.example.org',
      'fostering.example.org',
      'https://x.example.org/?a=1',
    ]) {
      const result = await saveAgency([origin])
      expect(result.status, origin).toBe(400)
      expect(result.text).toMatch(/not a bare website origin/)
    }
  })

  it('are matched however a request writes its Origin, and echoed in the normalised form', async () => {
    expect((await saveAgency(['http://localhost:4174'])).status).toBe(201)
    for (const written of ['HTTP://LOCALHOST:4174', 'http://localhost:4174/']) {
      // Twice: the second answer comes from the delivery cache's fast path.
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(`${url}/api/widget/v1/checklists`, { headers: { Origin: written } })
        expect(response.status).toBe(200)
        expect(response.headers.get('access-control-allow-origin'), written).toBe('http://localhost:4174')
      }
    }
  })
})
