import type { Page } from '@playwright/test'
import { expect, reachToday, servedChecklist, test } from './support/stack.ts'
import { focused } from './support/page.ts'

const ANSWERS = ['Seen', 'Not yet', 'Not sure'] as const
const NOTE = 'At breakfast on Tuesday she asked me to sit with her while she read.'

/** Presses Tab until the focused element satisfies `done`, failing after `limit` presses. */
const tabUntil = async (page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 80) => {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (done(await focused(page))) return
  }
  throw new Error('Tab never reached the expected control')
}

test('a visitor completes the checklist by keyboard alone, comes back to every answer, and prints the summary', async ({
  stack,
  page,
  request,
}) => {
  const data = await servedChecklist(request, stack.cms.url)
  const total = data.sections.reduce((n, s) => n + s.items.length, 0)
  const checklist = page.locator('secure-base-checklist')
  const reachBefore = await reachToday(stack.admin)

  await page.goto(stack.partner.url)
  await expect(checklist.getByRole('radio').first()).toBeVisible()

  // From the top of the page: the agency's own menu leads to the checklist.
  await tabUntil(page, (f) => f?.tag === 'a' && f.label === "Reflect on a child's week")
  await page.keyboard.press('Enter')

  let itemIndex = 0
  let ratingIndex = 0
  const expectedAnswers: string[] = []
  const expectedRatings: number[] = []
  const visitedGroups = new Set<string>()
  let noteWritten = false
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (!f || f.widget !== 'secure-base-checklist') continue
    if (f.tag === 'input' && f.type === 'radio' && f.name && !visitedGroups.has(f.name)) {
      visitedGroups.add(f.name)
      const isAnswer = (ANSWERS as readonly string[]).includes(f.label)
      const target = isAnswer ? ANSWERS[itemIndex % 3]! : String(3 + (ratingIndex % 7))
      // Space takes the focused choice; arrow keys move the choice along the group (and wrap).
      if (f.label === target) await page.keyboard.press('Space')
      for (let k = 0; k < 14 && (await focused(page))?.label !== target; k++) await page.keyboard.press('ArrowRight')
      const chosen = await focused(page)
      expect(chosen?.label).toBe(target)
      expect(chosen?.checked).toBe(true)
      if (isAnswer) {
        expectedAnswers.push(target)
        itemIndex++
      } else {
        expectedRatings.push(Number(target))
        ratingIndex++
      }
    } else if (f.tag === 'textarea' && !noteWritten) {
      await page.keyboard.type(NOTE)
      noteWritten = true
    } else if (f.tag === 'button' && f.label === 'See summary' && itemIndex === total) {
      break
    }
  }
  expect(itemIndex).toBe(total)
  await expect(checklist.getByText(`${total} of ${total} questions answered`).first()).toBeVisible()
  await expect(checklist.getByText('Saved on this device')).toBeVisible()

  // Coming back later: every answer, rating and note is still there.
  await page.reload()
  const questions = data.sections.flatMap((s) => s.items.map((i) => i.question))
  for (const [i, question] of questions.entries()) {
    await expect(
      checklist.getByRole('group', { name: question }).getByRole('radio', { name: expectedAnswers[i]! }),
    ).toBeChecked()
  }
  await expect(checklist.getByRole('group', { name: questions[0]! }).getByRole('textbox')).toHaveValue(NOTE)
  if (data.asksRating) {
    const ratingGroups = checklist.getByRole('group', { name: /^Overall rating for / })
    await expect(ratingGroups).toHaveCount(expectedRatings.length)
    for (const [i, value] of expectedRatings.entries()) {
      await expect(ratingGroups.nth(i).getByRole('radio', { name: String(value), exact: true })).toBeChecked()
    }
  }

  // The summary, by keyboard again.
  await checklist.getByRole('button', { name: 'See summary' }).focus()
  await page.keyboard.press('Enter')
  await expect(checklist.getByRole('heading', { name: 'Summary' })).toBeVisible()
  await expect(checklist.getByRole('heading', { name: 'Strengths you have seen' }).first()).toBeVisible()
  await expect(checklist.getByText(questions[0]!).first()).toBeVisible()
  if (data.asksRating) {
    const chart = checklist.getByRole('img', { name: /Star chart of your ratings/ })
    await expect(chart).toBeVisible()
    await expect(chart).toHaveAccessibleName(new RegExp(`${data.sections[0]!.dimension.name} ${expectedRatings[0]}`))
    await expect(checklist.getByText(`Your rating: ${expectedRatings[0]} of 10`)).toBeVisible()
  }
  // The host page hears about the completion (its own follow-up note appears).
  await expect(page.locator('#checklist-followup')).toBeVisible()

  // On paper: the summary and the answers, no buttons, none of the agency's page chrome.
  await page.emulateMedia({ media: 'print' })
  await expect(checklist.getByRole('heading', { name: 'Summary' })).toBeVisible()
  await expect(checklist.getByRole('img', { name: /Star chart of your ratings/ })).toBeVisible()
  await expect(checklist.getByText(NOTE).first()).toBeVisible()
  const visibleButtons = await checklist
    .locator('button')
    .evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).map((b) => b.textContent?.trim()))
  expect(visibleButtons).toEqual([])
  await expect(page.locator('.site-header')).toBeHidden()
  await page.emulateMedia({ media: 'screen' })

  // The agency opted in to reach counts: one start (the first answer, not the restored ones) and one completion.
  await expect
    .poll(() => reachToday(stack.admin))
    .toEqual({ started: reachBefore.started + 1, completed: reachBefore.completed + 1 })
})
