import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import cycleFixture from '@secure-base/content/fixtures/cycle.en.json'
import cycleWelsh from '@secure-base/content/fixtures/cycle.cy.json'
import checklistFixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import checklistWelsh from '@secure-base/content/fixtures/checklist-5-10-years.cy.json'
import './define/cycle.js'
import './define/checklist.js'
import type { SecureBaseCycle } from './cycle/cycle.js'
import { $, $$, cleanUp, mount, settled } from './a11y/test-helpers.js'

/** The widgets on a 320 px phone screen, and on paper: boxes that must not overlap or spill out. */

beforeAll(() => page.viewport(320, 720))
afterAll(() => page.viewport(1024, 768))
afterEach(() => {
  cleanUp()
  localStorage.clear()
})

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** Whether `inner` lies within `outer`, allowing half a pixel for rounding. */
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5

const describeBox = ({ left, right, top, bottom }: Box) =>
  `[${[left, top, right, bottom].map((n) => n.toFixed(1)).join(', ')}]`

const inLanguage = (lang: string) => {
  const region = document.createElement('div')
  region.lang = lang
  document.body.append(region)
  return region
}

describe('at 320 px', () => {
  for (const [lang, content] of [
    ['en', cycleFixture],
    ['cy', cycleWelsh],
  ] as const) {
    it(`keeps the cycle's centre label clear of every stage, whichever dimension is walked (${lang})`, async () => {
      const el = await mount<SecureBaseCycle>('secure-base-cycle', { inline: content, parent: inLanguage(lang) })
      await settled(el)
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320)
      for (const dimension of ['', ...content.data.dimensions.map((d) => d.dimension.slug)]) {
        el.dimension = dimension || undefined
        await el.updateComplete
        const labels = $$(el, '.centre text').filter((t) => getComputedStyle(t).display !== 'none')
        expect(labels.length).toBeGreaterThan(0)
        for (const label of labels) {
          const box = label.getBoundingClientRect()
          for (const stage of $$(el, '.stage .shape')) {
            const shape = stage.getBoundingClientRect()
            expect(
              overlaps(box, shape),
              `"${label.textContent}" ${describeBox(box)} runs into a stage ${describeBox(shape)}`,
            ).toBe(false)
          }
        }
      }
    })
  }

  for (const [lang, content] of [
    ['en', checklistFixture],
    ['cy', checklistWelsh],
  ] as const) {
    it(`keeps each rating heading inside its group's border, above its choices (${lang})`, async () => {
      const el = await mount('secure-base-checklist', { inline: content, parent: inLanguage(lang) })
      await expect.poll(() => $$(el, 'fieldset.rating').length, { timeout: 5000 }).toBeGreaterThan(0)
      for (const group of $$(el, 'fieldset.rating')) {
        group.scrollIntoView()
        const border = group.getBoundingClientRect()
        const style = getComputedStyle(group)
        const legend = group.querySelector('legend')!.getBoundingClientRect()
        // Between the left and right borders, not drawn over them.
        expect(legend.left).toBeGreaterThanOrEqual(border.left + parseFloat(style.borderLeftWidth) - 0.5)
        expect(legend.right).toBeLessThanOrEqual(border.right - parseFloat(style.borderRightWidth) + 0.5)
        for (const choice of group.querySelectorAll('label')) {
          const box = choice.getBoundingClientRect()
          expect(overlaps(legend, box), `legend ${describeBox(legend)} over choice ${describeBox(box)}`).toBe(false)
          expect(inside(box, border)).toBe(true)
        }
      }
    })
  }

  it('shows every long dimension name of the star chart whole, inside the chart', async () => {
    const content = structuredClone(checklistFixture)
    content.data.sections[1]!.dimension.name = 'Sensitivity: helping the child to manage feelings'
    content.data.sections[3]!.dimension.name = 'Co-operation: helping the child to feel effective'
    const el = await mount('secure-base-checklist', { inline: content })
    await expect.poll(() => $(el, '[data-action="summary"]'), { timeout: 5000 }).toBeTruthy()
    await userEvent.click($(el, '[data-action="summary"]')!)
    const chart = $(el, '.chart svg')!
    const labels = [...chart.querySelectorAll('.label')]
    expect(labels).toHaveLength(content.data.sections.length)
    // On screen, and on paper where the chart is 7 cm wide.
    for (const print of [false, true]) {
      await commands.emulatePrint(print, null)
      const frame = chart.getBoundingClientRect()
      for (const label of labels) {
        // The drawn text itself, wherever it wrapped or overflowed to.
        const text = document.createRange()
        text.selectNodeContents(label)
        const box = text.getBoundingClientRect()
        expect(
          inside(box, frame),
          `"${label.textContent}" ${describeBox(box)} outside the chart ${describeBox(frame)}${print ? ' in print' : ''}`,
        ).toBe(true)
      }
    }
    await commands.emulatePrint(false, null)
    expect(labels.map((l) => l.textContent?.replace(/\s+/g, ' ').trim())).toContain(
      'Sensitivity: helping the child to manage feelings',
    )
  })

  it('wraps long unbroken text inside its print column: questions, dimension names and notes', async () => {
    const content = structuredClone(checklistFixture)
    const unbroken = `https://example.org/${'a1b2c3d4'.repeat(12)}`
    content.data.sections[0]!.items[0]!.question = `See ${unbroken}`
    content.data.sections[0]!.dimension.name = `Availability${'x'.repeat(60)}`
    const el = await mount('secure-base-checklist', { inline: content })
    await expect.poll(() => $(el, 'fieldset[data-item="av-1"] textarea'), { timeout: 5000 }).toBeTruthy()
    await userEvent.fill($(el, 'fieldset[data-item="av-1"] textarea')!, unbroken)
    await userEvent.click($(el, '[data-action="summary"]')!)
    await commands.emulatePrint(true, null)
    try {
      for (const columns of [$(el, '.summary-sections')!, $(el, '.print-only')!]) {
        const style = getComputedStyle(columns)
        expect(style.columnCount).toBe('2')
        const width = (columns.clientWidth - parseFloat(style.columnGap)) / 2
        // Headings that span both columns aside, every block stays within one column.
        const blocks = [...columns.querySelectorAll('h3, h4, p, li, dt, dd')].filter(
          (b) => getComputedStyle(b).columnSpan !== 'all',
        )
        expect(blocks.some((b) => b.textContent?.includes('x'.repeat(60)))).toBe(true)
        for (const block of blocks) {
          expect(block.getBoundingClientRect().width, block.textContent ?? '').toBeLessThanOrEqual(width + 1)
          expect(block.scrollWidth, block.textContent ?? '').toBeLessThanOrEqual(block.clientWidth + 1)
        }
      }
    } finally {
      await commands.emulatePrint(false, null)
    }
  })
})
