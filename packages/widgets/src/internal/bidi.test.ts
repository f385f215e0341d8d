import { afterEach, describe, expect, it } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import dimensionsFixture from '@secure-base/content/fixtures/dimensions.en.json'
import resourcesFixture from '@secure-base/content/fixtures/resources.en.json'
import checklistFixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import '../define/dimensions.js'
import '../define/resources.js'
import '../define/checklist.js'
import { $, $$, cleanUp, mount, settled } from '../a11y/test-helpers.js'

afterEach(() => {
  cleanUp()
  localStorage.clear()
})

/** A Welsh page laid out right to left, as an agency page with `<html lang="cy" dir="rtl">` would be. */
const host = () => {
  const page = document.createElement('div')
  page.lang = 'cy'
  page.dir = 'rtl'
  document.body.append(page)
  return page
}

const HEBREW = 'הערה לאומנים.'
const ENGLISH = 'Being there for the child.'

/** The box of the `index`th character of the text node under `root` that holds `text`. */
const charBox = (root: Element, text: string, index: number): DOMRect => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent !== text) continue
    const range = document.createRange()
    range.setStart(node, index)
    range.setEnd(node, index + 1)
    return range.getBoundingClientRect()
  }
  throw new Error(`no text node reads "${text}"`)
}

/** Where a sentence's final full stop is drawn, against its first letter. */
const fullStopSide = (root: Element, sentence: string): 'left' | 'right' =>
  charBox(root, sentence, sentence.length - 1).left < charBox(root, sentence, 0).left ? 'left' : 'right'

describe('mixed-direction content on a Welsh right-to-left page', () => {
  it('puts each full stop at the end of its own sentence, for English and for Hebrew text from the CMS', async () => {
    const content = structuredClone(dimensionsFixture)
    const first = content.data[0]!
    first.summary = ENGLISH
    first.settingNotes = [{ setting: 'foster-care', note: HEBREW }]
    const el = await mount('secure-base-dimensions', {
      inline: content,
      parent: host(),
      attributes: { selected: first.slug, setting: 'foster-care' },
    })
    await settled(el)

    // The layout mirrors with the page...
    expect(getComputedStyle($(el, '[part~="panel"]')!).direction).toBe('rtl')
    // ...while an English sentence reads left to right, full stop on the right,
    expect(fullStopSide($(el, '[part~="panel"]')!, ENGLISH)).toBe('right')
    // and a Hebrew note after a Welsh label reads right to left, full stop on the left.
    const note = $(el, '[part~="setting-note"]')!
    expect(note.textContent).toContain('Maethu')
    expect(fullStopSide(note, HEBREW)).toBe('left')
  })

  it('isolates resource titles, so a Hebrew title does not reorder the words around it', async () => {
    const content = structuredClone(resourcesFixture)
    content.data[0]!.title = 'מדריך להורים'
    content.data[0]!.description = ENGLISH
    const el = await mount('secure-base-resources', { inline: content, parent: host() })
    await settled(el)
    const card = $$(el, '[part~="resource"]')[0]!
    const title = card.querySelector('h3 a bdi')!
    expect(title.textContent).toBe('מדריך להורים')
    expect(getComputedStyle(title).direction).toBe('rtl')
    expect(getComputedStyle(card.querySelector('p')!).direction).toBe('ltr')
    expect(fullStopSide(card, ENGLISH)).toBe('right')
  })

  it('shows a checklist answer and its Hebrew note in the summary each in its own direction, and lists the chart values in Welsh', async () => {
    const el = await mount('secure-base-checklist', { inline: checklistFixture, parent: host() })
    await expect.poll(() => $(el, '[part~="title"]'), { timeout: 5000 }).toBeTruthy()
    await userEvent.click($(el, 'fieldset[data-item="av-1"] input[value="seen"]')!)
    await userEvent.fill($(el, 'fieldset[data-item="av-1"] textarea')!, HEBREW)
    await userEvent.click($(el, '[data-action="summary"]')!)
    // Every answer with its note is shown on paper only.
    await commands.emulatePrint(true, null)
    try {
      const answer = $$(el, 'dd').find((dd) => dd.textContent?.includes(HEBREW))!
      expect(answer.querySelector('bdi')!.textContent).toBe(HEBREW)
      expect(fullStopSide(answer, HEBREW)).toBe('left')
    } finally {
      await commands.emulatePrint(false, null)
    }
    // The question is English in a right-to-left page: its heading reads left to right.
    expect(getComputedStyle($(el, '[part~="title"]')!).direction).toBe('ltr')

    const values = $(el, 'svg[role="img"] desc')!.textContent ?? ''
    // Lists use the language's own conjunction where the browser has it, and plain commas where it has none.
    const conjunction = Intl.ListFormat.supportedLocalesOf('cy-GB').length ? / a / : /, /
    expect(values).toMatch(conjunction)
    expect(values).not.toMatch(/ and /)
  })
})
