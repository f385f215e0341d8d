import { assertValid, DimensionsResponse } from '@secure-base/content'
import { chromium, type Browser, type Page } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  authHeader,
  createRoleAccountsOverRest,
  newAccounts,
  type Account,
  type Accounts,
  type Role,
} from '../helpers/accounts'
import { chromiumLaunchOptions } from '@secure-base/test-support'
import { startCmsServer, type CmsServer } from '../helpers/server'

// A seeded server of its own, because this test publishes a change other test files would see.
let server: CmsServer
let accounts: Accounts
let tokens: Record<Role, string>
let browser: Browser

beforeAll(async () => {
  server = await startCmsServer()
  accounts = newAccounts()
  tokens = await createRoleAccountsOverRest(server.url, accounts)
  browser = await chromium.launch(chromiumLaunchOptions())
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

// Admin pages hydrate and save at their own pace on a busy two-core machine; Vitest's one-second
// default for expect.poll is meant for in-process state.
const patiently = { timeout: 30_000, interval: 250 }

const deliveredSubtitle = async (slug: string): Promise<string | undefined> => {
  const response = await fetch(`${server.url}/api/widget/v1/dimensions?locale=en`)
  expect(response.status).toBe(200)
  const body = assertValid(DimensionsResponse, await response.json())
  return body.data.find((dimension) => dimension.slug === slug)?.subtitle
}

const signIn = async (account: Account): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  return page
}

const availabilityId = async (): Promise<number | string> => {
  const found = await fetch(`${server.url}/api/dimensions?where[slug][equals]=availability&depth=0`)
  const { docs } = (await found.json()) as { docs: { id: number | string }[] }
  const id = docs[0]?.id
  if (id === undefined) throw new Error('The seeded Availability dimension is missing')
  return id
}

const openAvailability = async (page: Page): Promise<void> => {
  await page.goto(`${server.url}/admin/collections/dimensions/${await availabilityId()}`)
  await page.locator('#field-subtitle').waitFor()
}

/** Whether Payload holds an edit lock on the Availability dimension (read as the admin). */
const availabilityIsLocked = async (): Promise<boolean> => {
  const id = await availabilityId()
  const query = `where[document.relationTo][equals]=dimensions&where[document.value][equals]=${id}&depth=0`
  const response = await fetch(`${server.url}/api/payload-locked-documents?${query}`, {
    headers: authHeader(tokens.admin),
  })
  expect(response.status).toBe(200)
  const { totalDocs } = (await response.json()) as { totalDocs: number }
  return totalDocs > 0
}

/** The lock state once two reads a second apart agree (requests already on their way have landed). */
const settledLockState = async (): Promise<boolean> => {
  let previous = await availabilityIsLocked()
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const current = await availabilityIsLocked()
    if (current === previous) return current
    previous = current
  }
}

describe('an editor’s draft reaches the widgets only after a reviewer publishes it', () => {
  it('keeps serving the old subtitle while the change is a draft, then serves the new one', async () => {
    const before = await deliveredSubtitle('availability')
    expect(before).toBe('helping the child to trust')
    const changed = 'helping the child to trust adults again'

    const editor = await signIn(accounts.editor)
    await openAvailability(editor)
    // The dimension's colour is shown as a swatch next to its hex value.
    await editor.getByText('Preview of #2a6f97').waitFor()
    // Publishing is a reviewer's step, so the editor is told so instead of being offered a button the server would refuse.
    await editor.getByText('A reviewer publishes saved drafts').waitFor()
    expect(await editor.getByRole('button', { name: /publish/i }).count()).toBe(0)
    await editor.locator('#field-subtitle').fill(changed)
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await expect
      .poll(async () => (await editor.locator('.payload-toast-container').textContent()) ?? '', patiently)
      .toMatch(/draft/i)
    // The editor closes the browser while still on the document. Whether Payload still holds their
    // edit lock depends on how far its client got; read it once nothing more can change it.
    await editor.context().close()
    const stillLocked = await settledLockState()

    expect(await deliveredSubtitle('availability')).toBe(before)

    const reviewer = await signIn(accounts.reviewer)
    await openAvailability(reviewer)
    await expect.poll(() => reviewer.locator('#field-subtitle').inputValue(), patiently).toBe(changed)
    if (stillLocked) {
      // Payload asks the reviewer before letting them edit a document someone else holds;
      // they take it over, as they would in the admin.
      const lockDialog = reviewer.getByRole('dialog', { name: 'document-locked' })
      await lockDialog.getByRole('button', { name: 'Take over' }).click({ timeout: patiently.timeout })
      await lockDialog.waitFor({ state: 'hidden', timeout: patiently.timeout })
    }
    const publish = reviewer.getByRole('button', { name: /publish changes/i })
    await expect.poll(() => publish.isEnabled(), patiently).toBe(true)
    await publish.click()
    await expect
      .poll(async () => (await reviewer.locator('.payload-toast-container').textContent()) ?? '', patiently)
      .toMatch(/success/i)
    await reviewer.context().close()

    await expect.poll(() => deliveredSubtitle('availability'), patiently).toBe(changed)
  })
})
