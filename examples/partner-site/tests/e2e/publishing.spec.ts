import type { Page, Response } from '@playwright/test'
import { CHECKLIST_SLUG, expect, test } from './support/stack.ts'
import type { DocList } from '@secure-base/test-support/rest'

const isChecklistResponse = (response: Response) =>
  new URL(response.url()).pathname === `/api/widget/v1/checklists/${CHECKLIST_SLUG}` &&
  response.request().method() === 'GET'

const load = async (page: Page, url: string) => {
  const [response] = await Promise.all([page.waitForResponse(isChecklistResponse), page.goto(url)])
  return { response, sent: await response.request().allHeaders() }
}

test('a change a reviewer publishes shows on the partner page at the next load, revalidated by ETag', async ({
  stack,
  page,
}) => {
  const checklist = page.locator('secure-base-checklist')
  const found = await stack.reviewer.get<DocList>(
    `/api/checklists?where[slug][equals]=${CHECKLIST_SLUG}&depth=0&limit=1`,
  )
  const doc = found.docs[0]
  expect(doc, 'the seed has the 5–10 years checklist').toBeDefined()
  const oldTitle = String(doc!.title)
  const newTitle = `${oldTitle} (reviewed ${Date.now()})`

  const first = await load(page, stack.partner.url)
  const firstEtag = first.response.headers().etag
  expect(firstEtag).toBeTruthy()
  await expect(checklist.getByText(oldTitle, { exact: true }).first()).toBeVisible()

  // Nothing changed: the browser asks again with the ETag it holds rather than trusting a stale copy.
  const unchanged = await load(page, stack.partner.url)
  expect(unchanged.sent['if-none-match']).toBe(firstEtag)
  await expect(checklist.getByText(oldTitle, { exact: true }).first()).toBeVisible()

  try {
    await stack.reviewer.patch(`/api/checklists/${doc!.id}`, { title: newTitle, _status: 'published' })

    const changed = await load(page, stack.partner.url)
    expect(changed.sent['if-none-match']).toBe(firstEtag)
    expect(changed.response.status()).toBe(200)
    expect(changed.response.headers().etag).not.toBe(firstEtag)
    await expect(checklist.getByText(newTitle, { exact: true }).first()).toBeVisible()
  } finally {
    await stack.reviewer.patch(`/api/checklists/${doc!.id}`, { title: oldTitle, _status: 'published' })
  }
})
