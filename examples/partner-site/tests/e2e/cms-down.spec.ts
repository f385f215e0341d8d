import { expect, servedChecklist, test } from './support/stack.ts'

test('with the CMS stopped the widgets offer a retry, the agency page keeps working, and retry recovers', async ({
  stack,
  page,
  request,
}) => {
  const data = await servedChecklist(request, stack.cms.url)
  const firstQuestion = data.sections[0]!.items[0]!.question
  const checklist = page.locator('secure-base-checklist')

  // A first visit puts the immutable widget script in the browser's cache.
  await page.goto(stack.partner.url)
  await expect(checklist.getByRole('group', { name: firstQuestion })).toBeVisible()

  await stack.cms.stop()
  try {
    await page.goto(stack.partner.url)
    const error = checklist.getByRole('alert')
    await expect(error).toBeVisible()
    await expect(error).toContainText(/could not be reached/i)
    const retry = checklist.getByRole('button', { name: 'Try again' })
    await expect(retry).toBeVisible()
    await expect(page.locator('secure-base-cycle').getByRole('button', { name: 'Try again' })).toBeVisible()

    // The agency's own script still answers.
    await page.getByRole('button', { name: 'Show our phone number' }).click()
    await expect(page.getByText('01632 960000')).toBeVisible()
    await page.setViewportSize({ width: 360, height: 740 })
    const menu = page.getByRole('button', { name: 'Menu' })
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact' })).toBeVisible()
    await page.setViewportSize({ width: 1280, height: 720 })

    // Still down: trying again keeps the error, it does not break.
    await retry.click()
    await expect(checklist.getByRole('alert')).toBeVisible()
  } finally {
    await stack.cms.start()
  }

  await checklist.getByRole('button', { name: 'Try again' }).click()
  await expect(checklist.getByRole('group', { name: firstQuestion })).toBeVisible()
  await expect(checklist.getByRole('alert')).toHaveCount(0)
})
