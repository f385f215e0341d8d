import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import welshFixture from '@secure-base/content/fixtures/checklist-5-10-years.cy.json'
import { $, $$, cleanUp, clone, expectAccessible, mount, whenError, whenReady } from './testing/helpers.js'

afterEach(async () => {
  cleanUp()
  await page.viewport(1024, 768)
})

const server = () => inject('fixtureServer')

describe('<secure-base-checklist> content from the CMS', () => {
  it('loads the checklist over HTTP, showing a loading state first', async () => {
    const el = await mount({ attributes: { api: server(), checklist: '5-10-years' } })
    expect($(el, '[part~="status"][aria-busy="true"]')!.textContent).toContain('Loading')
    await expectAccessible(el)
    await whenReady(el)
    expect($(el, '[part~="title"]')!.textContent).toBe(fixture.data.title)
    expect($$(el, 'fieldset[part~="item"]')).toHaveLength(15)
  })

  it('speaks Welsh under an ancestor with lang="cy", with Welsh content and a note about English fallbacks', async () => {
    const wrapper = document.createElement('div')
    wrapper.lang = 'cy'
    document.body.append(wrapper)
    const el = await mount({ attributes: { api: server(), checklist: '5-10-years' }, parent: wrapper })
    await whenReady(el)
    expect($(el, '[part~="title"]')!.textContent).toBe(welshFixture.data.title)
    expect($(el, '[data-action="summary"]')!.textContent?.trim()).toBe('Gweld y crynodeb')
    expect($(el, '[part~="progress"]')!.textContent).toContain('Atebwyd 0 o 15 cwestiwn')
    expect($(el, '[part~="fallback-notice"]')).not.toBeNull()
    // Questions still in English are marked so, for screen readers reading a Welsh page.
    const legends = $$(el, 'fieldset[part~="item"] legend')
    expect(legends[0]!.getAttribute('lang')).toBeNull()
    expect(legends[3]!.getAttribute('lang')).toBe('en')
    await expectAccessible(el)

    // Switching the page language re-renders the UI and fetches the content in that language.
    wrapper.lang = 'en'
    await expect.poll(() => $(el, '[part~="title"]')?.textContent).toBe(fixture.data.title)
    expect($(el, '[data-action="summary"]')!.textContent?.trim()).toBe('See summary')
  })

  it('lets two checklists in two languages sit on one page', async () => {
    const en = await mount({ inline: fixture, attributes: { lang: 'en', 'storage-key': 'en' } })
    const cy = await mount({ inline: welshFixture, attributes: { lang: 'cy', 'storage-key': 'cy' } })
    await whenReady(en)
    await whenReady(cy)
    expect($(en, '[data-action="summary"]')!.textContent?.trim()).toBe('See summary')
    expect($(cy, '[data-action="summary"]')!.textContent?.trim()).toBe('Gweld y crynodeb')
  })

  it.each([
    ['a 404', (s: string) => `${s}/status/404`, 'could not be found'],
    ['a server error', (s: string) => `${s}/status/500`, 'had a problem (500)'],
    ['a server that is down', () => inject('refusedServer'), 'could not be reached'],
    ['invalid JSON', (s: string) => `${s}/invalid-json`, 'cannot read'],
    ['content that breaks the contract', (s: string) => `${s}/invalid-contract`, 'cannot read'],
  ])('shows a visible error with a retry button for %s', async (_name, api, message) => {
    const el = await mount({ attributes: { api: api(server()), checklist: '5-10-years' } })
    await whenError(el)
    expect($(el, '[part~="error"]')!.textContent).toContain(message)
    expect($(el, '[part~="error"]')!.getAttribute('role')).toBe('alert')
    expect($(el, '[part~="retry-button"]')).not.toBeNull()
    await expectAccessible(el)
  })

  it('recovers when Try again is pressed after a failure', async () => {
    const el = await mount({ attributes: { api: `${server()}/fail-once/checklist-retry`, checklist: '5-10-years' } })
    await whenError(el)
    await userEvent.click($(el, '[part~="retry-button"]')!)
    await expect.poll(() => $(el, '[part~="title"]')?.textContent).toBe(fixture.data.title)
    await expectAccessible(el)
  })

  it('reports a 404 for a checklist slug the CMS does not have', async () => {
    const el = await mount({ attributes: { api: server(), checklist: 'no-such-checklist' } })
    await whenError(el)
    expect($(el, '[part~="error"]')!.textContent).toContain('could not be found')
  })

  it('shows an error, not an exception, for inline JSON that is broken', async () => {
    const errors: unknown[] = []
    const onError = (e: ErrorEvent) => errors.push(e.error)
    window.addEventListener('error', onError)
    const el = await mount({ inline: '{"meta": ' })
    await whenError(el)
    window.removeEventListener('error', onError)
    expect(errors).toEqual([])
    expect($(el, '[part~="error"]')!.textContent).toContain('cannot read')
  })

  it('tells the developer in the console what is wrong with content that breaks the contract, and where', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const broken = clone(fixture as never)
      // A number where the contract asks for the question's text.
      Object.assign(broken.data.sections[0]!.items[1]!, { question: 42 })
      const el = await mount({ inline: broken })
      await whenError(el)
      const warnings = warn.mock.calls.map((call) => call.join(' '))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain('<secure-base-checklist>')
      expect(warnings[0]).toContain('data.sections.0.items.1.question')
    } finally {
      warn.mockRestore()
    }
  })

  it('says so when the checklist has no questions yet', async () => {
    const empty = clone(fixture as never)
    empty.data.sections = []
    const el = await mount({ inline: empty.data })
    await whenReady(el)
    expect($(el, '[part~="status"]')!.textContent).toContain('no questions yet')
    expect($(el, '[data-action="summary"]')).toBeNull()
    await expectAccessible(el)
  })

  it('fits a 320 px wide screen: answers stack and nothing overflows sideways', async () => {
    await page.viewport(320, 640)
    const el = await mount({ inline: fixture })
    await whenReady(el)
    const choices = $(el, '.choices')!
    expect(getComputedStyle(choices).flexDirection).toBe('column')
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth)
    // WCAG 2.2 target size: every radio is at least 24 by 24 CSS pixels.
    const radio = $(el, 'input[type="radio"]')!.getBoundingClientRect()
    expect(Math.min(radio.width, radio.height)).toBeGreaterThanOrEqual(24)
    await expectAccessible(el)
  })

  it('follows a dark theme and stays accessible', async () => {
    const el = await mount({ inline: fixture, attributes: { theme: 'dark' } })
    await whenReady(el)
    const surface = getComputedStyle(el).backgroundColor
    expect(surface).toBe('rgb(22, 27, 32)')
    await expectAccessible(el)
  })

  it('lays out right to left under dir="rtl"', async () => {
    const wrapper = document.createElement('div')
    wrapper.dir = 'rtl'
    document.body.append(wrapper)
    const el = await mount({ inline: fixture, parent: wrapper })
    await whenReady(el)
    const section = $(el, 'section[part~="section"]')!
    const style = getComputedStyle(section)
    // The dimension's colour bar sits at the start of the line, which is the right in RTL.
    expect(parseFloat(style.borderRightWidth)).toBeGreaterThan(0)
    expect(parseFloat(style.borderLeftWidth)).toBe(0)
    // An English sentence still reads left to right: its full stop is right of the word it ends, not left of it.
    const sentence = [...el.shadowRoot!.querySelectorAll('.intro p')].find((p) => /\.$/.test(p.textContent.trim()))!
    const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT)
    const texts: Text[] = []
    while (walker.nextNode()) if (walker.currentNode.textContent!.trim()) texts.push(walker.currentNode as Text)
    const last = texts.at(-1)!
    const box = (node: Node, start: number) => {
      const range = document.createRange()
      range.setStart(node, start)
      range.setEnd(node, start + 1)
      return range.getBoundingClientRect()
    }
    const end = last.textContent.trimEnd().length - 1
    expect(last.textContent[end]).toBe('.')
    expect(box(last, end).left).toBeGreaterThan(box(last, end - 1).left)
  })
})
