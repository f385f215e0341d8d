import { afterEach, describe, expect, inject, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { LitElement } from 'lit'
import '../define/all.js'
import type { LoadDetail } from './events.js'
import {
  $,
  api,
  cleanUp,
  expectAccessible,
  mount,
  recordEvents,
  settled,
  text,
  whenError,
} from '../a11y/test-helpers.js'

/** Each widget with what it needs besides `api`. */
const widgets: [string, Record<string, string>][] = [
  ['secure-base-checklist', { checklist: '5-10-years' }],
  ['secure-base-cycle', {}],
  ['secure-base-dimensions', { selected: 'sensitivity' }],
  ['secure-base-resources', {}],
]

afterEach(() => {
  cleanUp()
  // Drops the stand-in below, so `onLine` is the browser's own again.
  delete (navigator as { onLine?: boolean }).onLine
})

/** What has focus, looking into the widget's shadow root. */
const focused = (el: LitElement) =>
  document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement

describe('a content server that never answers', () => {
  it.each(widgets)('<%s> gives up after its timeout and offers to try again', async (tag, attributes) => {
    const loads = recordEvents<LoadDetail>('secure-base-load')
    const el = await mount<LitElement>(tag, { attributes: { ...attributes, api: api('hang'), timeout: '300' } })
    await whenError(el)
    expect(text($(el, '[part~="error"]'))).toBe('The content is taking too long to arrive. Please try again. Try again')
    expect(loads.details).toEqual([{ status: 'error', kind: 'timeout' }])
    loads.stop()
    await expectAccessible(el)
  })

  it('waits ten seconds unless told otherwise: a slow answer still arrives', async () => {
    const el = await mount<LitElement>('secure-base-cycle', { attributes: { api: api('slow/600') } })
    await settled(el)
    expect(text($(el, '[part~="title"]'))).toBe('The caregiving cycle')
  })
})

describe('trying again', () => {
  it.each(widgets)(
    '<%s> puts the focus on the loaded content’s heading after a retry that works',
    async (tag, attributes) => {
      const el = await mount<LitElement>(tag, {
        attributes: { ...attributes, api: api(`fail-once/${tag}-${crypto.randomUUID()}`) },
      })
      await whenError(el)
      await userEvent.click($(el, '[part~="retry-button"]')!)
      await expect.poll(() => focused(el)?.localName ?? null).toMatch(/^(h2|h3|p)$/)
      const heading = focused(el)!
      expect(text(heading)).not.toBe('')
      expect(heading.closest('[part~="error"]')).toBeNull()
      await expectAccessible(el)
    },
  )

  it('puts the focus on the heading after a timed-out request succeeds on retry', async () => {
    const el = await mount<LitElement>('secure-base-cycle', { attributes: { api: api('slow/400'), timeout: '100' } })
    await whenError(el)
    el.setAttribute('timeout', '5000')
    await userEvent.click($(el, '[part~="retry-button"]')!)
    await expect.poll(() => text(focused(el))).toBe('The caregiving cycle')
  })

  it.each([
    ['status/404', 'could not be found'],
    ['invalid-contract', 'cannot read'],
  ])('keeps the focus on the retry button when %s fails again', async (scenario, message) => {
    const el = await mount<LitElement>('secure-base-cycle', { attributes: { api: api(scenario) } })
    await whenError(el)
    await userEvent.click($(el, '[part~="retry-button"]')!)
    await expect.poll(() => focused(el)?.getAttribute('part')).toBe('retry-button')
    expect(text($(el, '[part~="error"]'))).toContain(message)
  })
})

describe('a page the CMS does not answer', () => {
  it.each(widgets)(
    '<%s> says the site is not set up yet when the CMS answers but not to this page’s origin',
    async (tag, attributes) => {
      const loads = recordEvents<LoadDetail>('secure-base-load')
      const el = await mount<LitElement>(tag, { attributes: { ...attributes, api: api('not-listed') } })
      await whenError(el)
      expect(text($(el, '[part~="error"] p'))).toBe('This website is not set up to show this content yet.')
      expect(loads.details).toEqual([{ status: 'error', kind: 'not-allowed' }])
      loads.stop()
    },
  )

  it('says so in Welsh on a Welsh page', async () => {
    const section = document.createElement('section')
    section.lang = 'cy'
    document.body.append(section)
    const el = await mount<LitElement>('secure-base-cycle', { parent: section, attributes: { api: api('not-listed') } })
    await whenError(el)
    expect(text($(el, '[part~="error"] p'))).toBe('Dyw’r wefan hon ddim wedi’i gosod i ddangos y cynnwys hwn eto.')
  })

  it('asks the visitor to check their connection only when the CMS cannot be reached or the browser is offline', async () => {
    const down = await mount<LitElement>('secure-base-cycle', { attributes: { api: inject('refusedServer') } })
    await whenError(down)
    expect(text($(down, '[part~="error"] p'))).toContain('Check your connection')

    // The browser's own offline switch would also cut the test runner off from this page, so only the flag changes.
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true })
    const offline = await mount<LitElement>('secure-base-cycle', { attributes: { api: api('not-listed') } })
    await whenError(offline)
    expect(text($(offline, '[part~="error"] p'))).toContain('Check your connection')
  })
})
