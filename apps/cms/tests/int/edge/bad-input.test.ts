import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authHeader, createRoleAccountsOverRest, newAccounts } from '../../helpers/accounts'
import { startCmsServer, type CmsServer } from '../../helpers/server'
import {
  bodyCases,
  encodingCases,
  graphqlCases,
  headerCases,
  methodCases,
  numberCases,
  operatorCases,
  pathCases,
  type Case,
} from './cases'
import { send } from './raw-http'

/**
 * Generated bad input against the production server: every case must be answered within 2 s with
 * a status below 500, and an error from the API or the widget files must be JSON a client can read.
 * A server of its own, so that hundreds of failed logins cannot throttle other suites' accounts.
 */
const ANSWER_WITHIN_MS = 2_000

let server: CmsServer
let adminToken: string
let documentId: string

beforeAll(async () => {
  server = await startCmsServer()
  const tokens = await createRoleAccountsOverRest(server.url, newAccounts())
  adminToken = tokens.admin
  const list = (await (await fetch(`${server.url}/api/dimensions?limit=1&depth=0`)).json()) as {
    docs: { id: string | number }[]
  }
  documentId = String(list.docs[0]!.id)
  // Each route once, so that first-request compilation and warm-up are not counted against the limit.
  for (const path of [
    '/admin',
    '/api/graphql',
    '/api/dimensions',
    '/api/widget/v1/dimensions',
    '/widgets/manifest.json',
  ]) {
    await fetch(`${server.url}${path}`).catch(() => undefined)
  }
})

afterAll(async () => {
  await server?.stop()
})

interface Failure {
  request: string
  problem: string
}

const answersWell = async (c: Case, auth: 'anonymous' | 'admin'): Promise<Failure | null> => {
  const path = c.path.replaceAll('{id}', documentId)
  const request = `${auth} ${c.method} ${path.length > 160 ? `${path.slice(0, 160)}…` : path}${c.headers?.['content-type'] ? ` [${c.headers['content-type']}]` : ''}`
  const headers = { ...c.headers, ...(auth === 'admin' ? authHeader(adminToken) : {}) }
  let response
  try {
    response = await send(server.url, { ...c, path, headers }, ANSWER_WITHIN_MS)
  } catch (error) {
    return { request, problem: error instanceof Error ? error.message : String(error) }
  }
  if (response.status >= 500 || response.status < 100)
    return { request, problem: `answered ${response.status}: ${response.body.slice(0, 200)}` }
  const api =
    path.startsWith('/api/') ||
    path.startsWith('/widgets/') ||
    path.startsWith('/healthz') ||
    path.startsWith('/readyz')
  if (api && response.status >= 400 && c.method !== 'HEAD') {
    const type = String(response.headers['content-type'] ?? '')
    if (!type.includes('json'))
      return { request, problem: `error ${response.status} as ${type || 'no content type'}, not JSON` }
    try {
      JSON.parse(response.body)
    } catch {
      return { request, problem: `error ${response.status} whose body is not JSON: ${response.body.slice(0, 120)}` }
    }
  }
  return null
}

const runAll = async (cases: Case[], auths: ('anonymous' | 'admin')[]): Promise<Failure[]> => {
  const failures: Failure[] = []
  for (const c of cases) {
    for (const auth of auths) {
      const failure = await answersWell(c, auth)
      if (failure) failures.push(failure)
    }
  }
  return failures
}

const report = (failures: Failure[]) => failures.map((f) => `${f.request} → ${f.problem}`)

describe('bad input never gets a 5xx, a non-JSON API error or a hang', () => {
  it.each([
    ['request bodies of every content type on every write route', bodyCases, ['anonymous', 'admin']],
    ['query operators on every field kind', operatorCases, ['anonymous', 'admin']],
    ['numbers at the edges and unknown values in every list parameter', numberCases, ['anonymous', 'admin']],
    ['malformed and hostile percent-encodings in paths and queries', encodingCases, ['anonymous']],
    ['methods no route serves', methodCases, ['anonymous', 'admin']],
    ['GraphQL bodies that are truncated, cyclic, huge or mistyped', graphqlCases, ['anonymous', 'admin']],
    ['hostile and malformed headers', headerCases, ['anonymous']],
    ['path tricks', pathCases, ['anonymous', 'admin']],
  ] as const)(
    '%s',
    async (_name, generate, auths) => {
      const cases = generate()
      expect(cases.length).toBeGreaterThan(10)
      expect(report(await runAll(cases, [...auths]))).toEqual([])
    },
    600_000,
  )
})

describe('what the edge refuses, and how', () => {
  it('refuses dot segments instead of routing a delivery path to Payload’s users', async () => {
    for (const path of [
      '/api/widget/v1/%2e%2e/%2e%2e/users',
      '/api/widget/v1/../../users',
      '/api/widget/v1/.%2E/.%2E/users',
    ]) {
      const response = await send(
        server.url,
        { method: 'GET', path, headers: authHeader(adminToken) },
        ANSWER_WITHIN_MS,
      )
      expect(response.status, path).toBe(400)
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'bad-path' } })
      expect(response.body).not.toContain('@tests.secure-base.local')
    }
  })

  it('answers TRACE with 405 and the methods it does take', async () => {
    const response = await send(server.url, { method: 'TRACE', path: '/api/users' }, ANSWER_WITHIN_MS)
    expect(response.status).toBe(405)
    expect(response.headers.allow).toContain('GET')
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'method-not-allowed' } })
  })

  it('answers a text/plain or form body on a REST write with 415, creating nothing', async () => {
    const before = (await (await fetch(`${server.url}/api/dimensions?limit=0`)).json()) as { totalDocs: number }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await send(
        server.url,
        {
          method: 'POST',
          path: '/api/dimensions',
          headers: { 'content-type': type, ...authHeader(adminToken) },
          body: 'title=Sneaky',
        },
        ANSWER_WITHIN_MS,
      )
      expect(response.status, type).toBe(415)
    }
    const after = (await (await fetch(`${server.url}/api/dimensions?limit=0`)).json()) as { totalDocs: number }
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('answers a malformed percent-encoding with 400 naming the problem', async () => {
    const response = await send(server.url, { method: 'GET', path: '/api/checklists/%' }, ANSWER_WITHIN_MS)
    expect(response.status).toBe(400)
    expect(JSON.parse(response.body).error.message).toMatch(/percent-encoding/)
  })
})
