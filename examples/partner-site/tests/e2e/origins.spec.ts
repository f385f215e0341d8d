import { CHECKLIST_SLUG, expect, servedChecklist, test } from './support/stack.ts'

test('a page on an origin no agency lists gets no content, and the widgets say the site is not set up, without blaming the visitor’s connection', async ({
  stack,
  page,
  request,
}) => {
  const data = await servedChecklist(request, stack.cms.url)
  const refused = (
    await request.get(`${stack.cms.url}/api/widget/v1/checklists/${CHECKLIST_SLUG}`, {
      headers: { origin: new URL(stack.stranger.url).origin },
    })
  ).headers()
  expect(refused['access-control-allow-origin']).toBeUndefined()

  await page.goto(stack.stranger.url)
  for (const name of ['secure-base-checklist', 'secure-base-cycle', 'secure-base-dimensions']) {
    const widget = page.locator(name)
    await expect(widget.getByRole('alert')).toBeVisible()
    await expect(widget.getByRole('alert')).toContainText(/not set up to show this content/i)
    await expect(widget.getByRole('alert')).not.toContainText(/connection/i)
    await expect(widget.getByRole('button', { name: 'Try again' })).toBeVisible()
  }
  await expect(page.getByText(data.sections[0]!.items[0]!.question)).toHaveCount(0)
  await expect(page.locator('secure-base-checklist').getByRole('radio')).toHaveCount(0)
})
