import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import type { ChecklistResponse } from '@secure-base/content'
import { $, $$, cleanUp, clone } from './testing/helpers.js'
import '../define/checklist.js'

/** The seeded checklist with every dimension's questions repeated: 8 questions per dimension, 40 in all. */
const longChecklist = (): ChecklistResponse => {
  const content = clone(fixture as ChecklistResponse)
  for (const section of content.data.sections) {
    const original = section.items
    section.items = Array.from({ length: 8 }, (_, i) => ({
      ...original[i % original.length]!,
      id: `${section.dimension.slug}-${i}`,
    }))
  }
  return content
}

afterEach(cleanUp)

describe('a long checklist', () => {
  it('can be answered from its first questions while the rest is still being built, and then shows every question', async () => {
    const el = document.createElement('secure-base-checklist')
    const script = document.createElement('script')
    script.type = 'application/json'
    script.textContent = JSON.stringify(longChecklist())
    el.append(script)
    document.body.append(el)

    // The first render comes in a microtask; the rest waits for a later task, so microtasks alone see only the first part.
    for (let turn = 0; turn < 20 && !$(el, 'fieldset[data-item]'); turn += 1) await Promise.resolve()
    const first = $$(el, 'fieldset[data-item]')
    expect(first.length).toBeLessThan(40)
    expect(first.length).toBeGreaterThanOrEqual(8)
    first[0]!.querySelector<HTMLInputElement>('input[value="seen"]')!.focus()
    expect(el.shadowRoot!.activeElement).toBe(first[0]!.querySelector('input[value="seen"]'))
    await userEvent.click(first[0]!.querySelector('input[value="seen"]')!)

    await el.updateComplete
    expect($$(el, 'fieldset[data-item]')).toHaveLength(40)
    expect($$(el, 'section[part~="section"]')).toHaveLength(5)
    expect($(el, '[part~="progress"]')!.textContent).toContain('1 of 40 questions answered')
    expect($<HTMLInputElement>(el, 'fieldset[data-item] input[value="seen"]')!.checked).toBe(true)
  })
})
