import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import checklist from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import cycle from '@secure-base/content/fixtures/cycle.en.json'
import dimensions from '@secure-base/content/fixtures/dimensions.en.json'
import resources from '@secure-base/content/fixtures/resources.en.json'
import checklistCy from '@secure-base/content/fixtures/checklist-5-10-years.cy.json'
import cycleCy from '@secure-base/content/fixtures/cycle.cy.json'
import dimensionsCy from '@secure-base/content/fixtures/dimensions.cy.json'
import { catalogues } from './locales/index.js'
import { place } from './a11y/bundle-test-helpers.js'

/**
 * The shipped one-tag file, not the sources: its build renames internal members and rewrites
 * template text, so what a visitor does with each widget is checked against the bundle itself.
 * Nothing in this file imports the sources, so the bundle is the only definition of the elements.
 */

const mount = async (tag: string, content: unknown, attributes: Record<string, string> = {}, parent?: HTMLElement) => {
  const el = place(tag, content, { attributes, parent })
  await expect
    .poll(() => el.shadowRoot?.querySelector('[part~="title"], [part~="diagram"], [part~="list"]'), { timeout: 5000 })
    .toBeTruthy()
  // A long checklist builds its later sections a moment after the first; updateComplete covers both.
  await el.updateComplete
  return el
}

const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)
const $$ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
]
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim()

const recordDetails = (type: string) => {
  const details: unknown[] = []
  const listener = (e: Event) => details.push((e as CustomEvent).detail)
  document.addEventListener(type, listener)
  return { details, stop: () => document.removeEventListener(type, listener) }
}

beforeAll(async () => {
  await import(/* @vite-ignore */ `${inject('fixtureServer')}/csp/secure-base-widgets.js`)
})

afterEach(() => {
  document.body.replaceChildren()
  localStorage.clear()
})

describe('the built one-tag bundle', () => {
  it('runs a checklist: answers count towards progress, survive a re-mount, and lead to the summary', async () => {
    const el = await mount('secure-base-checklist', checklist)
    const items = $$(el, 'fieldset[data-item]')
    expect(items).toHaveLength(15)
    await userEvent.click(items[0]!.querySelector('input[value="seen"]')!)
    await userEvent.click(items[1]!.querySelector('input[value="not-yet"]')!)
    await expect.poll(() => text($(el, '[part~="progress"]'))).toContain('2 of 15 questions answered')

    el.remove()
    const again = await mount('secure-base-checklist', checklist)
    expect($<HTMLInputElement>(again, 'fieldset[data-item] input[value="seen"]')!.checked).toBe(true)

    await userEvent.click($(again, '[data-action="summary"]')!)
    await expect.poll(() => $$(again, '.summary-section').length).toBe(5)
  })

  it('selects cycle stages by keyboard and tells the host page which one', async () => {
    const el = await mount('secure-base-cycle', cycle)
    const selections = recordDetails('secure-base-select')
    const tabs = $$(el, '[role="tab"]')
    tabs[0]!.focus()
    await userEvent.keyboard('{ArrowRight}{Enter}')
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true')
    expect(selections.details).toEqual([expect.objectContaining({ kind: 'stage', key: 'caregiver-thinking' })])
    selections.stop()
  })

  it('shows a dimension when its circle is chosen', async () => {
    const el = await mount('secure-base-dimensions', dimensions)
    await userEvent.click($(el, '[part~="diagram"] [role="tab"] text')!)
    await expect.poll(() => text($(el, '[part~="panel"] h3'))).toBe('Availability')
  })

  it('filters resources with its controls', async () => {
    const el = await mount('secure-base-resources', resources)
    const all = $$(el, '[part~="resource"]').length
    await userEvent.selectOptions($<HTMLSelectElement>(el, 'select[name="dimension"]')!, 'availability')
    await expect.poll(() => $$(el, '[part~="resource"]').length).toBe(4)
    expect(all).toBeGreaterThan(4)
  })

  it('keeps links and button labels readable on a lime accent, whatever the build renamed', async () => {
    const region = document.createElement('div')
    region.style.setProperty('--secure-base-accent', 'lime')
    document.body.append(region)
    const list = await mount('secure-base-resources', resources, {}, region)
    const empty = place('secure-base-resources', resources, {
      attributes: { language: 'no', setting: 'schools' },
      parent: region,
    })
    await expect.poll(() => $(empty, '[part~="clear-button"]'), { timeout: 5000 }).toBeTruthy()
    // Lime (0, 255, 0) reads at 1.37:1 on white, and white on lime at 1.07:1: the widget darkens both texts.
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map((c) => {
        const s = Number(c) / 255
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const card = $(list, '[part~="resource"]')!
    const link = getComputedStyle(card.querySelector('a')!).color
    expect(
      (luminance(getComputedStyle(card).backgroundColor) + 0.05) / (luminance(link) + 0.05),
    ).toBeGreaterThanOrEqual(4.5)
    const button = getComputedStyle($(empty, '[part~="clear-button"]')!)
    expect(button.backgroundColor).toBe('rgb(0, 255, 0)')
    expect((luminance(button.backgroundColor) + 0.05) / (luminance(button.color) + 0.05)).toBeGreaterThanOrEqual(4.5)
  })

  it('speaks Welsh inside a Welsh page section, with the text each message key has in the Welsh catalogue', async () => {
    // The build ships translated catalogues without their keys, so a text in the wrong place would show here.
    const section = document.createElement('section')
    section.lang = 'cy'
    document.body.append(section)
    const dims = await mount('secure-base-dimensions', dimensionsCy, {}, section)
    const list = await mount('secure-base-checklist', checklistCy, {}, section)
    const ring = await mount('secure-base-cycle', cycleCy, {}, section)
    const cy = catalogues.cy
    await expect.poll(() => text($(dims, '[part~="status"]'))).toBe(cy['diagrams.dimensions.prompt'])
    await expect
      .poll(() => text($(list, '[part~="progress"]')))
      .toContain(cy['checklist.progress'].replace('{answered}', '0').replace('{total}', '15'))
    await expect.poll(() => text($(ring, '[part~="credit"]'))).toContain(cy['common.credit'])
    expect(cy['common.credit']).not.toBe(catalogues.en['common.credit'])
  })

  it.each([
    [
      'a link to javascript: in the introduction',
      'secure-base-checklist',
      {
        ...checklist,
        data: {
          ...checklist.data,
          introduction: [
            {
              type: 'paragraph',
              children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }],
            },
          ],
        },
      },
    ],
    [
      'a colour that is not #rrggbb',
      'secure-base-dimensions',
      { ...dimensions, data: dimensions.data.map((d, i) => (i ? d : { ...d, colour: 'red' })) },
    ],
    [
      'a key the contract does not know',
      'secure-base-resources',
      { ...resources, data: resources.data.map((r, i) => (i ? r : { ...r, onclick: 'x' })) },
    ],
    [
      'a single-stage cycle',
      'secure-base-cycle',
      { ...cycle, data: { ...cycle.data, stages: cycle.data.stages.slice(0, 1) } },
    ],
  ])('refuses content with %s and shows an error instead', async (_what, tag, content) => {
    const el = place(tag, content)
    await expect.poll(() => text($(el, '[part~="error"]')), { timeout: 5000 }).toContain('cannot read')
  })
})
