import { expect, test } from '@playwright/test'
import { startPartnerServer, type PartnerServer } from '../../src/server.ts'
import { runAxe } from './support/page.ts'

// Nothing listens on this port: the partner server meets a CMS that has never started.
const ABSENT_CMS = 'http://127.0.0.1:3399'

test.describe('the partner server before the CMS has ever answered', () => {
  let server: PartnerServer
  const logged: string[] = []

  test.beforeAll(async () => {
    server = await startPartnerServer({ port: 4399, cmsUrl: ABSENT_CMS, log: (m) => logged.push(m) })
  })
  test.afterAll(async () => {
    await server.close()
  })

  test('says clearly on its console that the CMS cannot be reached', () => {
    expect(logged.join('\n')).toContain(`The CMS at ${ABSENT_CMS} cannot be reached`)
  })

  test('serves the page with a notice instead of the widget script, and its own script still works', async ({
    page,
  }) => {
    const response = await page.goto(server.url)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-security-policy']).toContain(`script-src 'self' ${ABSENT_CMS}`)
    await expect(page.getByRole('status').filter({ hasText: 'taking a break' })).toBeVisible()
    await expect(page.locator(`script[src^="${ABSENT_CMS}"]`)).toHaveCount(0)
    await page.getByRole('button', { name: 'Show our phone number' }).click()
    await expect(page.getByText('01632 960000')).toBeVisible()
  })

  test('the agency page itself has no accessibility violation axe-core can find, wide or narrow', async ({ page }) => {
    await page.goto(server.url)
    expect(await runAxe(page)).toEqual([])
    await page.setViewportSize({ width: 320, height: 640 })
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(menu).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact' })).toBeHidden()
    await menu.press('Enter')
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact' })).toBeVisible()
    expect(await runAxe(page)).toEqual([])
  })

  test('serves only its own files, with their types, and refuses anything else', async ({ request }) => {
    const css = await request.get(`${server.url}/styles.css`)
    expect(css.headers()['content-type']).toMatch(/^text\/css/)
    const js = await request.get(`${server.url}/agency.js`)
    expect(js.headers()['content-type']).toMatch(/^text\/javascript/)
    expect((await request.get(`${server.url}/favicon.svg`)).headers()['content-type']).toBe('image/svg+xml')
    expect((await request.get(`${server.url}/%2e%2e/package.json`)).status()).toBe(404)
    expect((await request.get(`${server.url}/src/server.ts`)).status()).toBe(404)
    expect((await request.post(`${server.url}/`)).status()).toBe(405)
  })
})
