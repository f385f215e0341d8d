import { CHECKLIST_SLUG, expect, test } from './support/stack.ts'
import { watchPage } from './support/page.ts'

test.describe('the partner page fetches its content beside the widget script', () => {
  test('asks the CMS for each widget’s content once, before the script has arrived, under its strict CSP', async ({
    stack,
    page,
  }) => {
    const watch = await watchPage(page)
    const api = `${stack.cms.url}/api/widget/v1`
    const contentUrls = [
      `${api}/cycle?locale=en`,
      `${api}/dimensions?locale=en`,
      `${api}/checklists/${CHECKLIST_SLUG}?locale=en`,
    ]
    // Every request and response in the order the browser reported them.
    const events: string[] = []
    page.on('request', (request) => events.push(`request ${request.url()}`))
    page.on('requestfinished', (request) => events.push(`finished ${request.url()}`))
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })

    // What each widget told the page once its content had loaded.
    await page.addInitScript(() => {
      const loads: string[] = []
      Object.assign(window, { contentLoads: loads })
      document.addEventListener('secure-base-load', (event) => {
        const { status } = (event as CustomEvent<{ status: string }>).detail
        loads.push(`${(event.target as Element).localName} ${status}`)
      })
    })

    await page.goto(stack.partner.url)
    await expect(page.locator('secure-base-checklist').getByRole('radio').first()).toBeVisible()
    await expect
      .poll(() =>
        page.evaluate(() => ((window as unknown as { contentLoads: string[] }).contentLoads ?? []).slice().sort()),
      )
      .toEqual(['secure-base-checklist ready', 'secure-base-cycle ready', 'secure-base-dimensions ready'])

    const bundle = events.find((e) => /^finished .*\/widgets\/.+\/secure-base-widgets\.js$/.test(e))
    expect(bundle, 'the widget script was loaded').toBeDefined()
    for (const url of contentUrls) {
      // One request: the widget took the preloaded answer instead of asking again.
      expect(
        events.filter((e) => e === `request ${url}`),
        url,
      ).toHaveLength(1)
      // Issued while the script was still on its way, not after it ran.
      expect(events.indexOf(`request ${url}`), url).toBeLessThan(events.indexOf(bundle!))
    }
    // Chromium warns when a preload goes unused or does not match the request that follows it.
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([])
    expect(await watch.cspViolations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
  })
})
