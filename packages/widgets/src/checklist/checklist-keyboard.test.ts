import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import type { SecureBaseEventMap } from '../internal/events.js'
import { $, $$, cleanUp, expectAccessible, mount, whenReady } from './testing/helpers.js'

afterEach(cleanUp)

const NOTE = 'She ran to me after falling off the climbing frame'

type Recorded = { type: keyof SecureBaseEventMap; detail: unknown }

const record = (target: EventTarget) => {
  const events: Recorded[] = []
  for (const type of ['secure-base-progress', 'secure-base-complete'] as const)
    target.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }))
  return events
}

describe('<secure-base-checklist> by keyboard alone', () => {
  it('can be completed with Tab, Space, arrow keys and Enter, and moves focus to the summary', async () => {
    const events = record(document)
    const el = await mount({ inline: fixture })
    await whenReady(el)
    const shadow = el.shadowRoot!
    const wanted: Record<string, number> = {
      availability: 6,
      sensitivity: 4,
      acceptance: 7,
      'co-operation': 5,
      'family-membership/this-family': 8,
      'family-membership/birth-family': 3,
    }
    let itemCount = 0
    let wroteNote = false
    let finished = false
    // Every key press is real (Playwright drives Chromium); the loop only decides which key to press next.
    for (let presses = 0; presses < 300 && !finished; presses++) {
      await userEvent.tab()
      const active = shadow.activeElement as HTMLElement | null
      if (!active) continue
      const item = active.closest('fieldset[data-item]')
      const rating = active.closest<HTMLElement>('fieldset[data-rating]')
      if (active instanceof HTMLInputElement && active.type === 'radio' && item) {
        // Alternate answers: Space keeps "seen", one arrow moves to and selects "not yet".
        await userEvent.keyboard(itemCount % 3 === 2 ? '{ArrowRight}' : ' ')
        itemCount++
      } else if (active instanceof HTMLInputElement && active.type === 'radio' && rating) {
        const target = wanted[rating.dataset.rating!]!
        // Focus lands on the checked "not rated yet"; each arrow moves to and selects the next value.
        for (let i = 0; i <= target; i++) await userEvent.keyboard('{ArrowRight}')
      } else if (active instanceof HTMLTextAreaElement && !wroteNote) {
        await userEvent.keyboard(NOTE)
        wroteNote = true
      } else if (active.dataset.action === 'summary') {
        await userEvent.keyboard('{Enter}')
        finished = true
      }
    }
    expect(finished).toBe(true)
    expect(itemCount).toBe(15)
    await expect.poll(() => shadow.activeElement?.id).toBe('summary-title')
    const complete = events.find((e) => e.type === 'secure-base-complete')!
      .detail as SecureBaseEventMap['secure-base-complete']
    expect(complete.ratings).toEqual(wanted)
    expect(complete.counts.availability).toEqual({ seen: 2, notYet: 1, notSure: 0, unanswered: 0 })
    const lastProgress = events.filter((e) => e.type === 'secure-base-progress').at(-1)!.detail
    expect(lastProgress).toEqual({ checklist: '5-10-years', answered: 15, total: 15, ratingsGiven: 6 })
    // What the visitor wrote never reaches the host page.
    expect(JSON.stringify(events)).not.toContain('climbing frame')
    expect($$(el, '.summary-section')).toHaveLength(5)
    await expectAccessible(el)
  })

  it('shows a visible focus ring on the focused answer', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    const first = $<HTMLInputElement>(el, 'fieldset[data-item] input')!
    while (el.shadowRoot!.activeElement !== first) await userEvent.tab()
    const style = getComputedStyle(first)
    expect(style.outlineStyle).toBe('solid')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
  })
})
