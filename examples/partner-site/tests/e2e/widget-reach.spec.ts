import type { Page, Request } from '@playwright/test'
import { CHECKLIST_SLUG, expect, reachToday, test } from './support/stack.ts'

/** Every reach report the page sends, whoever sends it. */
const captureReports = (page: Page) => {
  const sent: Request[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/widget/v1/reach') && request.method() === 'POST') sent.push(request)
  })
  return sent
}

/** Answers two questions, opens the summary, goes back and opens it again. */
const workThrough = async (page: Page) => {
  const checklist = page.locator('secure-base-checklist')
  await checklist.getByRole('radio', { name: 'Seen' }).first().check()
  await checklist.getByRole('radio', { name: 'Not yet' }).nth(1).check()
  for (let i = 0; i < 2; i++) {
    await checklist.getByRole('button', { name: /summary/i }).click()
    await expect(checklist.getByRole('heading', { name: 'Summary' })).toBeVisible()
    await checklist.getByRole('button', { name: /back to/i }).click()
  }
}

test.describe('reach reported by the checklist widget', () => {
  test('with the reach attribute, the widget itself counts one start and one completion, sending only slug and event', async ({
    stack,
    page,
  }) => {
    const before = await reachToday(stack.admin)
    const sent = captureReports(page)
    await page.goto(stack.partner.url)
    await expect(page.locator('secure-base-checklist[reach]')).toHaveCount(1)
    await workThrough(page)
    await expect
      .poll(() => reachToday(stack.admin))
      .toEqual({ started: before.started + 1, completed: before.completed + 1 })
    expect(sent.map((r) => r.postDataJSON())).toEqual([
      { checklist: CHECKLIST_SLUG, event: 'started' },
      { checklist: CHECKLIST_SLUG, event: 'completed' },
    ])
    const headers = await Promise.all(sent.map((r) => r.allHeaders()))
    expect(headers.every((h) => h.cookie === undefined)).toBe(true)
  })

  test('without the attribute, nothing is sent and nothing is counted', async ({ stack, page }) => {
    const before = await reachToday(stack.admin)
    const sent = captureReports(page)
    await page.goto(stack.partner.url)
    // The same page as for an agency that did not opt in: the attribute taken off before any answer.
    await page.locator('secure-base-checklist').evaluate((el) => el.removeAttribute('reach'))
    await expect(page.locator('secure-base-checklist')).toHaveCount(1)
    await expect(page.locator('secure-base-checklist[reach]')).toHaveCount(0)
    await workThrough(page)
    // The follow-up note proves the completion happened; the counts prove it was not reported.
    await expect(page.locator('#checklist-followup')).toBeVisible()
    expect(sent).toEqual([])
    expect(await reachToday(stack.admin)).toEqual(before)
  })
})
