import { randomBytes } from 'node:crypto'
import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '@secure-base/test-support'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../../helpers/accounts'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')
let browser: Browser
let adminToken: string

beforeAll(async () => {
  adminToken = await login(url, accounts.admin)
  browser = await chromium.launch(chromiumLaunchOptions())
})
afterAll(async () => {
  await browser?.close()
})

const tryLogin = (email: string, password: string) =>
  fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).then((response) => response.status)

describe('an admin in the admin', () => {
  it('unlocks a locked account with Force Unlock, and its owner can log in straight away', async () => {
    const victim = {
      email: `locked-${randomBytes(4).toString('hex')}@unlock.secure-base.local`,
      password: randomBytes(12).toString('base64url'),
    }
    const created = await fetch(`${url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeader(adminToken) },
      body: JSON.stringify({ ...victim, role: 'editor' }),
    })
    const { doc } = (await created.json()) as { doc: { id: number | string } }
    for (let i = 0; i < 5; i += 1) expect(await tryLogin(victim.email, `wrong-${i}`)).toBe(401)
    expect(await tryLogin(victim.email, victim.password)).toBe(401)

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${url}/admin/login`)
    await page.getByLabel('Email').fill(accounts.admin.email)
    await page.getByLabel('Password').fill(accounts.admin.password)
    await page.getByRole('button', { name: /log ?in/i }).click()
    await page.waitForURL((address) => !address.pathname.endsWith('/login'))
    await page.goto(`${url}/admin/collections/users/${doc.id}`)
    await page.getByRole('button', { name: 'Force Unlock' }).click()
    await page.getByText('Successfully unlocked').waitFor({ timeout: 30_000 })
    await context.close()

    expect(await tryLogin(victim.email, victim.password)).toBe(200)
  })
})
