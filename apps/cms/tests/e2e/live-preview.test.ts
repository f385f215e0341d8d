import { chromium, type Browser, type Page } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Account } from '../helpers/accounts'
import { chromiumLaunchOptions } from '@secure-base/test-support'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')
let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions())
})
afterAll(async () => {
  await browser?.close()
})

// Admin pages hydrate at their own pace on a busy two-core machine.
const patiently = { timeout: 30_000, interval: 250 }

/**
 * What the admin's Content-Security-Policy blocked, in the page or any frame it opened (the live
 * preview included), as Chromium reports it on the console.
 */
const violations = new WeakMap<Page, string[]>()
const closeWithoutViolations = async (page: Page) => {
  expect(violations.get(page)).toEqual([])
  await page.context().close()
}

const signIn = async (account: Account): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  const page = await context.newPage()
  const blocked: string[] = []
  violations.set(page, blocked)
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text())
  })
  await page.goto(`${url}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await page.waitForURL((address) => !address.pathname.endsWith('/login'))
  return page
}

const idOf = async (collection: string, slug: string): Promise<string | number> => {
  const response = await fetch(`${url}/api/${collection}?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: string | number }[] }
  return docs[0]!.id
}

describe('an editor in the admin', () => {
  it('sees the checklist’s embed snippet and, with live preview on, the widget follows the title as it is typed, unsaved', async () => {
    const page = await signIn(accounts.editor)
    const id = await idOf('checklists', 'checklist-5-10-years')
    await page.goto(`${url}/admin/collections/checklists/${id}`)
    await page.locator('#field-title').waitFor()

    const snippet = page.getByTestId('embed-snippet')
    await expect.poll(() => snippet.textContent(), patiently).toMatch(/integrity="sha384-/)
    const text = (await snippet.textContent()) ?? ''
    expect(text).toContain(
      `<secure-base-checklist api="${url}" checklist="checklist-5-10-years" lang="en"></secure-base-checklist>`,
    )
    expect(text).toMatch(new RegExp(`src="${url}/widgets/[^"]+/secure-base-widgets\\.js"`))

    await page.locator('#live-preview-toggler').click()
    // The pane's frame, read afresh on every poll: the admin may replace the iframe while it settles.
    const inPreview = async <T>(read: () => T): Promise<T | null> => {
      const frame = page.frames().find((f) => f.url().includes('/preview/checklists/checklist-5-10-years'))
      return frame ? frame.evaluate(read).catch(() => null) : null
    }
    const widgetTitle = () =>
      inPreview(
        () => document.querySelector('secure-base-checklist')?.shadowRoot?.querySelector('#title')?.textContent ?? null,
      )
    await expect.poll(widgetTitle, patiently).toBeTruthy()

    const typed = `Preview check ${Date.now()}`
    await page.locator('#field-title').fill(typed)
    await expect.poll(widgetTitle, patiently).toBe(typed)
    // Nothing was saved: the public API still serves the published title.
    const published = await fetch(`${url}/api/widget/v1/checklists/checklist-5-10-years?locale=en`)
    expect(((await published.json()) as { data: { title: string } }).data.title).not.toBe(typed)

    // A draft that the contract cannot carry is explained in the preview rather than shown half-built.
    await page.locator('#field-title').fill('')
    await expect
      .poll(() => inPreview(() => document.getElementById('preview-status')?.textContent ?? null), patiently)
      .toMatch(/cannot be shown yet: title/)
    await closeWithoutViolations(page)
  })

  it('turns on live preview of the caregiving cycle and sees a stage label it is typing in the cycle widget, unsaved', async () => {
    const page = await signIn(accounts.editor)
    await page.goto(`${url}/admin/globals/caregiving-cycle`)
    const firstLabel = page.locator('input[id^="field-stages__0__label"]')
    await firstLabel.waitFor()

    await page.locator('#live-preview-toggler').click()
    const inPreview = async <T>(read: () => T): Promise<T | null> => {
      const frame = page.frames().find((f) => f.url().includes('/preview/cycle'))
      return frame ? frame.evaluate(read).catch(() => null) : null
    }
    // The panel beside the ring shows the selected stage, the first one until a visitor picks another.
    const shownLabel = () =>
      inPreview(
        () =>
          document
            .querySelector('secure-base-cycle')
            ?.shadowRoot?.querySelector('[part="panel"] h3')
            ?.textContent?.trim() ?? null,
      )
    await expect.poll(shownLabel, patiently).toBe(await firstLabel.inputValue())

    const typed = `Needs, as typed ${Date.now()}`
    await firstLabel.fill(typed)
    await expect.poll(shownLabel, patiently).toBe(typed)
    await expect
      .poll(() => inPreview(() => document.getElementById('preview-status')?.textContent ?? null), patiently)
      .toMatch(/latest changes, not yet published/)
    const published = await fetch(`${url}/api/widget/v1/cycle?locale=en`)
    expect(((await published.json()) as { data: { stages: { label: string }[] } }).data.stages[0]!.label).not.toBe(
      typed,
    )
    await closeWithoutViolations(page)
  })

  it('is warned on an agency record when the page address is not on one of its allowed origins', async () => {
    const page = await signIn(accounts.admin)
    // Read from the admin page itself: the login cookie counts only on requests a browser marks as
    // coming from the CMS's own pages (see SECURITY.md), which a bare API client does not.
    const agency = await page.evaluate(async () => {
      const list = await fetch('/api/agencies?depth=0&limit=1')
      return ((await list.json()) as { docs: { id: string | number; allowedOrigins?: { origin: string }[] }[] })
        .docs[0]!
    })
    await page.goto(`${url}/admin/collections/agencies/${agency.id}`)
    const address = page.getByLabel('Address of the page that will show it')
    await address.waitFor()
    await address.fill('https://not-listed.example.net/checklist')
    await expect
      .poll(() => page.getByTestId('origin-check').textContent(), patiently)
      .toContain('https://not-listed.example.net is not among this agency’s allowed origins')
    const allowed = agency.allowedOrigins?.[0]?.origin
    expect(allowed, 'the seeded agency lists an origin').toBeTruthy()
    await address.fill(`${allowed}/our-checklist`)
    await expect
      .poll(() => page.getByTestId('origin-check').textContent(), patiently)
      .toContain(`${allowed} is an allowed origin`)
    await expect
      .poll(() => page.getByTestId('embed-snippet').textContent(), patiently)
      .toMatch(/<secure-base-checklist api="[^"]+" checklist="[a-z0-9-]+"/)
    await closeWithoutViolations(page)
  })
})
