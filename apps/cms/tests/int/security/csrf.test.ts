import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import { chromiumLaunchOptions } from '@secure-base/test-support'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../../helpers/accounts'

/**
 * A signed-in admin visits a page elsewhere that quietly posts a form to the CMS, the attack that
 * used to create admin accounts. The page is served from another port on the CMS's host (same
 * site, so the Lax cookie goes along) and from another host name (another site).
 */

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')
let browser: Browser
let adminToken: string
let attacker: Server
let attackerPort: number

const newEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@csrf.secure-base.local`

/** A page that posts a new admin account to the CMS the moment it loads, as Payload's REST API reads a form. */
const attackPage = (email: string) => `<!doctype html><meta charset="utf-8"><title>Win a prize</title>
<form method="post" action="${url}/api/users" enctype="multipart/form-data">
<input type="hidden" name="_payload" value='${JSON.stringify({ email, password: 'Attacker-pass-1234', role: 'admin' })}'>
</form><script>document.forms[0].submit()</script>`

const userExists = async (email: string): Promise<boolean> => {
  const response = await fetch(`${url}/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
    headers: authHeader(adminToken),
  })
  const body = (await response.json()) as { totalDocs: number }
  return body.totalDocs > 0
}

/** Logs in over REST and returns the login cookie's value, as the admin's browser would hold it. */
const loginCookie = async (): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: accounts.admin.email, password: accounts.admin.password }),
  })
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
  if (!cookie) throw new Error(`No login cookie (${response.status})`)
  return cookie.split(';')[0]!.slice('payload-token='.length)
}

const signedInContext = async (): Promise<BrowserContext> => {
  const context = await browser.newContext()
  await context.addCookies([
    { name: 'payload-token', value: await loginCookie(), url, httpOnly: true, sameSite: 'Lax' },
  ])
  return context
}

beforeAll(async () => {
  adminToken = await login(url, accounts.admin)
  browser = await chromium.launch(chromiumLaunchOptions())
  // The page's address decides which attack it is; the form it serves is named in the query.
  attacker = createServer((request, response) => {
    const email = new URL(request.url ?? '/', 'http://attacker').searchParams.get('email') ?? ''
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(attackPage(email))
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  attackerPort = (attacker.address() as AddressInfo).port
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => attacker?.close(resolve))
})

describe('a signed-in admin’s browser on another page', () => {
  const attack = async (pageOrigin: string) => {
    const context = await signedInContext()
    const page = await context.newPage()
    const email = newEmail('csrf')
    const answer = page.waitForResponse(
      (response) => response.url() === `${url}/api/users` && response.request().method() === 'POST',
    )
    await page.goto(`${pageOrigin}/?email=${encodeURIComponent(email)}`)
    const response = await answer
    const body = (await response.json()) as { errors?: { message: string }[] }
    await context.close()
    return { status: response.status(), body, created: await userExists(email) }
  }

  it('cannot create an account from another port on the same host (same site, the cookie is sent)', async () => {
    const result = await attack(`http://127.0.0.1:${attackerPort}`)
    expect([401, 403]).toContain(result.status)
    expect(result.body.errors?.[0]?.message).toBeTruthy()
    expect(result.created).toBe(false)
  })

  it('cannot create an account from another site', async () => {
    const result = await attack(`http://localhost:${attackerPort}`)
    expect([401, 403]).toContain(result.status)
    expect(result.created).toBe(false)
  })

  it('can still write from the CMS’s own pages with the same cookie', async () => {
    const context = await signedInContext()
    const page = await context.newPage()
    // Any page of the CMS will do; the admin's own CSP lets its pages call the API.
    await page.goto(`${url}/admin/account`, { waitUntil: 'domcontentloaded' })
    const email = newEmail('own-page')
    const status = await page.evaluate(async (address) => {
      const response = await fetch('/api/users', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: address, password: 'Own-page-pass-1234', role: 'editor' }),
      })
      return response.status
    }, email)
    await context.close()
    expect(status).toBe(201)
    expect(await userExists(email)).toBe(true)
  })
})

describe('the login cookie over plain http', () => {
  it('is HttpOnly and SameSite=Lax, and not Secure (the browser would drop it on http)', async () => {
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: accounts.admin.email, password: accounts.admin.password }),
    })
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))!
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure\b/i)
  })
})

describe('scripts and other clients', () => {
  const createUser = (email: string, headers: Record<string, string>) =>
    fetch(`${url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ email, password: 'Script-pass-1234', role: 'editor' }),
    })

  it('are refused a cookie-authenticated write from a foreign Origin, with a JSON error', async () => {
    const email = newEmail('foreign-origin')
    const response = await createUser(email, {
      Cookie: `payload-token=${await loginCookie()}`,
      Origin: 'https://evil.example',
    })
    expect([401, 403]).toContain(response.status)
    expect(((await response.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0)
    expect(await userExists(email)).toBe(false)
  })

  it('are refused a cookie-authenticated write that names no origin at all', async () => {
    const email = newEmail('no-origin')
    const response = await createUser(email, { Cookie: `payload-token=${await loginCookie()}` })
    expect([401, 403]).toContain(response.status)
    expect(await userExists(email)).toBe(false)
  })

  it('are refused a cookie-authenticated GraphQL mutation from a foreign Origin', async () => {
    const email = newEmail('graphql')
    const response = await fetch(`${url}/api/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `payload-token=${await loginCookie()}`,
        Origin: 'https://evil.example',
      },
      body: JSON.stringify({
        query: 'mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }',
        variables: { data: { email, password: 'Graphql-pass-1234', role: 'admin' } },
      }),
    })
    const body = (await response.json()) as {
      data?: { createUser: unknown } | null
      errors?: { extensions?: { statusCode?: number } }[]
    }
    expect(body.data?.createUser ?? null).toBeNull()
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await userExists(email)).toBe(false)
  })

  it('may write with `Authorization: JWT <token>` from any Origin', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${attackerPort}`]) {
      const email = newEmail('token')
      const response = await createUser(email, { ...authHeader(adminToken), Origin: origin })
      expect(response.status).toBe(201)
      expect(await userExists(email)).toBe(true)
    }
  })
})
