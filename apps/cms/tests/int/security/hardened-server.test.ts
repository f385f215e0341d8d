import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authHeader, createRoleAccountsOverRest, newAccounts, type Accounts } from '../../helpers/accounts'
import { startCmsServer, type CmsServer } from '../../helpers/server'

/**
 * A server started as an operator would run it behind one reverse proxy, on a data directory it
 * creates itself and with one extra admin origin: the login policy, the files it creates, the extra
 * origin and the limit on reach reports from unlisted pages.
 */

const EXTRA_ADMIN_ORIGIN = 'https://admin.example.test'
// The public address is https (TLS ends at the proxy), so the login cookie must be Secure.
const PUBLIC_URL = 'https://cms.example.test'
let server: CmsServer
let accounts: Accounts
let tokens: Record<'admin' | 'editor' | 'reviewer', string>
let home: string
let dataDir: string

// Each attempt comes from its own address unless a test says otherwise, so that the per-address
// limit only counts what a test means it to.
let nextAddress = 1
const freshAddress = () => `198.51.100.${nextAddress++}`

const attemptLogin = async (email: string, password: string, address = freshAddress()) => {
  const started = performance.now()
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] }
  return {
    status: response.status,
    body,
    ms: performance.now() - started,
    retryAfter: response.headers.get('retry-after'),
  }
}

const createAccount = async (label: string): Promise<{ email: string; password: string }> => {
  const account = {
    email: `${label}-${randomBytes(4).toString('hex')}@accounts.secure-base.local`,
    password: randomBytes(12).toString('base64url'),
  }
  const response = await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeader(tokens.admin) },
    body: JSON.stringify({ ...account, role: 'editor' }),
  })
  if (response.status !== 201)
    throw new Error(`Creating ${label} failed (${response.status}): ${await response.text()}`)
  return account
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

beforeAll(async () => {
  home = mkdtempSync(path.join(tmpdir(), 'secure-base-hardened-'))
  dataDir = path.join(home, 'data')
  server = await startCmsServer({
    env: {
      SERVER_URL: PUBLIC_URL,
      SECURE_BASE_TRUSTED_PROXY_HOPS: '1',
      SECURE_BASE_ADMIN_ORIGINS: `${EXTRA_ADMIN_ORIGIN.toUpperCase()}/`,
      SECURE_BASE_DATA_DIR: dataDir,
      // No DATABASE_URL: the CMS makes its own database file in its own data directory.
      DATABASE_URL: '',
    },
  })
  accounts = newAccounts()
  tokens = await createRoleAccountsOverRest(server.url, accounts)
})

afterAll(async () => {
  await server?.stop()
  rmSync(home, { recursive: true, force: true })
})

describe('files the CMS creates', () => {
  it('keeps its data directory and its database file to its owner', () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700)
    expect(statSync(path.join(dataDir, 'secure-base.db')).mode & 0o777).toBe(0o600)
  })
})

describe('logging in', () => {
  it('answers an unknown email and a wrong password with the same message, in about the same time', async () => {
    const known = await createAccount('timing')
    const unknownEmail = `nobody-${randomBytes(4).toString('hex')}@accounts.secure-base.local`
    // Four tries each: a fifth wrong password would lock the known account.
    const knownTries: Awaited<ReturnType<typeof attemptLogin>>[] = []
    const unknownTries: Awaited<ReturnType<typeof attemptLogin>>[] = []
    for (let i = 0; i < 4; i += 1) {
      knownTries.push(await attemptLogin(known.email, `wrong-${i}`))
      unknownTries.push(await attemptLogin(unknownEmail, `wrong-${i}`))
    }
    for (const attempt of [...knownTries, ...unknownTries]) {
      expect(attempt.status).toBe(401)
      expect(attempt.body.errors?.[0]?.message).toBe(knownTries[0]!.body.errors?.[0]?.message)
    }
    const knownMs = median(knownTries.map((t) => t.ms))
    const unknownMs = median(unknownTries.map((t) => t.ms))
    // Generous for a busy two-core machine, yet far tighter than a lookup against a password check.
    expect(
      Math.abs(knownMs - unknownMs),
      `known ${knownMs.toFixed(0)} ms, unknown ${unknownMs.toFixed(0)} ms`,
    ).toBeLessThan(Math.max(60, 0.35 * Math.max(knownMs, unknownMs)))
  })

  it('locks an account after five wrong passwords without saying so, and an admin can unlock it at once', async () => {
    const victim = await createAccount('victim')
    const wrong = []
    for (let i = 0; i < 5; i += 1) wrong.push(await attemptLogin(victim.email, `guess-${i}`))
    const locked = await attemptLogin(victim.email, victim.password)
    const unknown = await attemptLogin(
      `nobody-${randomBytes(4).toString('hex')}@accounts.secure-base.local`,
      'whatever',
    )
    // The right password is refused while locked, and every answer reads like a wrong password.
    for (const answer of [...wrong, locked]) {
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual(unknown.body)
    }
    // A lock does not answer faster than a wrong password would.
    expect(locked.ms).toBeGreaterThan(0.5 * median(wrong.map((t) => t.ms)))
    // GraphQL's login says no more than REST's.
    const graphqlLogin = async (email: string, password: string) => {
      const response = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': freshAddress() },
        body: JSON.stringify({
          query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
          variables: { e: email, p: password },
        }),
      })
      const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }
      return body.errors?.map(({ message, extensions }) => ({ message, extensions }))
    }
    expect(await graphqlLogin(victim.email, victim.password)).toEqual(
      await graphqlLogin(`nobody-${randomBytes(4).toString('hex')}@accounts.secure-base.local`, 'whatever'),
    )

    const byEditor = await fetch(`${server.url}/api/users/unlock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeader(tokens.editor) },
      body: JSON.stringify({ email: victim.email }),
    })
    expect(byEditor.status).toBe(403)
    expect((await attemptLogin(victim.email, victim.password)).status).toBe(401)

    const byAdmin = await fetch(`${server.url}/api/users/unlock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeader(tokens.admin) },
      body: JSON.stringify({ email: victim.email }),
    })
    expect(byAdmin.status).toBe(200)
    const after = await attemptLogin(victim.email, victim.password)
    expect(after.status).toBe(200)
    expect(typeof after.body.token).toBe('string')
  })

  it('slows one address after ten failures with 429 and Retry-After, while other addresses still log in', async () => {
    const address = '203.0.113.7'
    for (let i = 0; i < 10; i += 1) {
      expect((await attemptLogin(`spray-${i}@accounts.secure-base.local`, 'password1', address)).status).toBe(401)
    }
    const refused = await attemptLogin(accounts.reviewer.email, accounts.reviewer.password, address)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0]?.message).toMatch(/too many failed logins/i)
    expect(Number(refused.retryAfter)).toBeGreaterThan(60)
    // Only the proxy's own entry counts: addresses a client writes further left change nothing.
    expect(
      (await attemptLogin(accounts.reviewer.email, accounts.reviewer.password, `192.0.2.99, ${address}`)).status,
    ).toBe(429)
    expect(
      (await attemptLogin(accounts.reviewer.email, accounts.reviewer.password, `${address}, 192.0.2.98`)).status,
    ).toBe(200)
  })
})

describe('the login cookie and the origins that may use it', () => {
  let cookie: string
  beforeAll(async () => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: accounts.admin.email, password: accounts.admin.password }),
    })
    cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))!
  })
  const write = (origin: string) =>
    fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie.split(';')[0]!, Origin: origin },
      body: JSON.stringify({
        email: `cookie-${randomBytes(4).toString('hex')}@accounts.secure-base.local`,
        password: 'Cookie-pass-1234',
      }),
    })

  it('is Secure and SameSite=Lax when the public address is https', () => {
    // Payload writes `Secure=true`; browsers read any attribute named Secure as the flag.
    expect(cookie).toMatch(/;\s*Secure(=true)?(;|$)/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
  })

  it('may be used for writes from the public origin and from SECURE_BASE_ADMIN_ORIGINS (as written there, normalised)', async () => {
    expect((await write(PUBLIC_URL)).status).toBe(201)
    expect((await write(EXTRA_ADMIN_ORIGIN)).status).toBe(201)
  })

  it('may not be used from the listening address once SERVER_URL names the public one, nor from anywhere else', async () => {
    expect((await write(server.url)).status).toBe(403)
    expect((await write('https://other.example.test')).status).toBe(403)
  })
})

describe('reach reports from pages no agency lists', () => {
  const report = (address: string) =>
    fetch(`${server.url}/api/widget/v1/reach`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://unlisted.example.test',
        'X-Forwarded-For': address,
      },
      body: JSON.stringify({ checklist: 'checklist-5-10-years', event: 'started' }),
    })

  it('are refused, and past thirty a minute from one address answered 429 with Retry-After', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 30; i += 1) statuses.push((await report('203.0.113.50')).status)
    expect(new Set(statuses)).toEqual(new Set([403]))
    const limited = await report('203.0.113.50')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('too-many-requests')
    expect((await report('203.0.113.51')).status).toBe(403)
  })
})
