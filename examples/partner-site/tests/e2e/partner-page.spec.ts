import { CHECKLIST_SLUG, expect, test } from './support/stack.ts'
import { runAxe, watchPage } from './support/page.ts'

test.describe('the partner page', () => {
  test('embeds the versioned widget script with its integrity hash under a strict CSP', async ({
    stack,
    page,
    request,
  }) => {
    const response = await page.goto(stack.partner.url)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self' ${stack.cms.url}; style-src 'self'; connect-src ${stack.cms.url}`,
    )
    const manifest = (await (await request.get(`${stack.cms.url}/widgets/manifest.json`)).json()) as {
      files: { file: string; path: string; integrity: string }[]
    }
    const bundle = manifest.files.find((f) => f.file === 'secure-base-widgets.js')!
    const script = page.locator(`script[src="${stack.cms.url}${bundle.path}"]`)
    await expect(script).toHaveAttribute('integrity', bundle.integrity)
    await expect(script).toHaveAttribute('crossorigin', 'anonymous')
  })

  test('shows all three widgets with content, with no CSP violation and no console error', async ({
    stack,
    page,
    request,
  }) => {
    const watch = await watchPage(page)
    const checklist = (await (
      await request.get(`${stack.cms.url}/api/widget/v1/checklists/${CHECKLIST_SLUG}`)
    ).json()) as {
      data: { sections: { items: { question: string }[] }[] }
    }
    const cycle = (await (await request.get(`${stack.cms.url}/api/widget/v1/cycle`)).json()) as {
      data: { stages: { label: string }[] }
    }
    const dimensions = (await (await request.get(`${stack.cms.url}/api/widget/v1/dimensions`)).json()) as {
      data: { name: string; subtitle: string }[]
    }
    await page.goto(stack.partner.url)

    const firstQuestion = checklist.data.sections[0]!.items[0]!.question
    await expect(page.locator('secure-base-checklist').getByRole('group', { name: firstQuestion })).toBeVisible()
    await expect(page.locator('secure-base-cycle').getByText(cycle.data.stages[0]!.label).first()).toBeVisible()
    await expect(page.locator('secure-base-dimensions').getByText(dimensions.data[0]!.name).first()).toBeVisible()

    // The agency's colour reaches inside the widget through the documented custom property.
    const accent = await page
      .locator('secure-base-checklist')
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--secure-base-accent').trim())
    expect(accent).toBe('#1d4e89')

    expect(await watch.cspViolations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
  })

  test('has no accessibility violation that axe-core can find, on a wide and a narrow screen', async ({
    stack,
    page,
    request,
  }) => {
    const cycle = (await (await request.get(`${stack.cms.url}/api/widget/v1/cycle`)).json()) as {
      data: { stages: { label: string }[] }
    }
    await page.goto(stack.partner.url)
    await expect(page.locator('secure-base-cycle').getByText(cycle.data.stages[0]!.label).first()).toBeVisible()
    await expect(page.locator('secure-base-checklist').getByRole('radio').first()).toBeVisible()
    expect(await runAxe(page)).toEqual([])

    await page.setViewportSize({ width: 360, height: 740 })
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible()
    expect(await runAxe(page)).toEqual([])
  })
  test('switches both diagrams to Welsh, fetching their Welsh UI text from the CMS under the same policy', async ({
    stack,
    page,
  }) => {
    const watch = await watchPage(page)
    const welshText: string[] = []
    page.on('response', (response) => {
      if (response.url().endsWith('/secure-base-widgets.cy.json'))
        welshText.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(stack.partner.url)
    const credit = page.locator('secure-base-cycle [part~="credit"]')
    await expect(credit).toContainText('University of East Anglia')
    expect(welshText, 'an English page does not download the Welsh UI text').toEqual([])

    const toggle = page.getByRole('button', { name: /Show the diagrams in Welsh/ })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(credit).toContainText('Datblygwyd y model Sylfaen Ddiogel')
    await expect(
      page.locator('secure-base-dimensions').getByText('Dewiswch ddimensiwn i ddarllen amdano.'),
    ).toBeVisible()
    expect(welshText).toHaveLength(1)
    expect(welshText[0]).toMatch(new RegExp(`^200 ${stack.cms.url}/widgets/[^/]+/secure-base-widgets\\.cy\\.json$`))

    await toggle.click()
    await expect(credit).toContainText('University of East Anglia')
    expect(await watch.cspViolations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
  })
})
