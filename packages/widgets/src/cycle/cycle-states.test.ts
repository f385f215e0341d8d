import { afterEach, describe, expect, inject, it } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/cycle.en.json'
import '../define/cycle.js'
import type { SecureBaseCycle } from './cycle.js'
import type { LoadDetail } from '../internal/events.js'
import {
  $,
  $$,
  api,
  cleanUp,
  expectAccessible,
  luminance,
  mount,
  recordEvents,
  settled,
  text,
  whenError,
} from '../a11y/test-helpers.js'

afterEach(async () => {
  cleanUp()
  await commands.emulateReducedMotion(false)
})

const fromServer = async (attributes: Record<string, string>) => {
  const el = await mount<SecureBaseCycle>('secure-base-cycle', { attributes })
  await settled(el)
  return el
}

describe('<secure-base-cycle> over HTTP', () => {
  it('loads the cycle from the delivery API', async () => {
    const el = await fromServer({ api: api() })
    expect(text($(el, '[part~="title"]'))).toBe('The caregiving cycle')
    expect($$(el, '[role="tab"]')).toHaveLength(4)
    await expectAccessible(el)
  })

  it('speaks Welsh inside a Welsh page section, content and controls alike, and notes the English gaps', async () => {
    const section = document.createElement('section')
    section.lang = 'cy'
    document.body.append(section)
    const el = await mount<SecureBaseCycle>('secure-base-cycle', {
      parent: section,
      attributes: { api: api(), dimension: 'co-operation', stage: 'caregiver-thinking' },
    })
    await settled(el)
    expect(text($(el, '[part~="title"]'))).toBe('Y cylch gofalu')
    expect(text($(el, '[part~="position"]'))).toContain('Cam 2 o 4')
    expect(text($(el, '[part~="panel"] .controls'))).toContain('Y cam nesaf')
    expect(text($(el, '[role="tab"]'))).toContain('Plentyn:')
    expect($(el, '[part~="fallback-notice"]')).not.toBeNull()
    // This step has no Welsh translation yet, so it is the English text the CMS sent.
    expect(text($(el, '[part~="dimension-step"]'))).toContain(
      'The carer sees the child as a person whose wishes count.',
    )
    await expectAccessible(el)

    section.lang = 'en'
    await expect.poll(() => text($(el, '[part~="title"]'))).toBe('The caregiving cycle')
  })

  it.each([
    ['status/500', 'had a problem (500)'],
    ['status/404', 'could not be found'],
    ['invalid-json', 'cannot read'],
    ['invalid-contract', 'cannot read'],
  ])('shows a visible error for %s', async (scenario, message) => {
    const el = await fromServer({ api: api(scenario) })
    await whenError(el)
    expect(text($(el, '[part~="error"]'))).toContain(message)
    expect($(el, '[part~="retry-button"]')).not.toBeNull()
    await expectAccessible(el)
  })

  it('shows a network error when the server is down', async () => {
    const el = await fromServer({ api: inject('refusedServer') })
    await whenError(el)
    expect(text($(el, '[part~="error"]'))).toContain('could not be reached')
  })

  it('recovers when the visitor retries after a failure, and tells the host page each outcome', async () => {
    const loads = recordEvents<LoadDetail>('secure-base-load')
    const el = await fromServer({ api: api(`fail-once/cycle-${crypto.randomUUID()}`) })
    await whenError(el)
    await userEvent.click($(el, '[part~="retry-button"]')!)
    await settled(el)
    expect(text($(el, '[part~="title"]'))).toBe('The caregiving cycle')
    expect(loads.details).toEqual([{ status: 'error', kind: 'http' }, { status: 'ready' }])
    loads.stop()
  })

  it('announces that it is loading while the server has not answered', async () => {
    const el = await mount<SecureBaseCycle>('secure-base-cycle', { attributes: { api: api('hang') } })
    const status = $(el, '[part~="status"]')
    expect(status?.getAttribute('aria-busy')).toBe('true')
    expect(text(status)).toBe('Loading…')
    await expectAccessible(el)
  })
})

describe('<secure-base-cycle> presentation', () => {
  it('lets the arrows drift round the loop, and holds them still when the visitor asks for reduced motion', async () => {
    const el = await mount<SecureBaseCycle>('secure-base-cycle', { inline: fixture })
    await settled(el)
    const arrow = $(el, '.arrow')!
    expect(getComputedStyle(arrow).animationName).toBe('sb-cycle-flow')
    await commands.emulateReducedMotion(true)
    await expect.poll(() => getComputedStyle(arrow).animationName).toBe('none')
  })

  it('follows theme="dark" and stays readable there', async () => {
    const el = await mount<SecureBaseCycle>('secure-base-cycle', { inline: fixture, attributes: { theme: 'dark' } })
    await settled(el)
    expect(luminance(getComputedStyle(el).backgroundColor)).toBeLessThan(0.1)
    expect(luminance(getComputedStyle(el).color)).toBeGreaterThan(0.7)
    await expectAccessible(el)
    el.setAttribute('theme', 'light')
    await el.updateComplete
    expect(luminance(getComputedStyle(el).backgroundColor)).toBeGreaterThan(0.9)
  })

  it('fits a 320 px wide column without sideways scrolling', async () => {
    const column = document.createElement('div')
    column.style.width = '320px'
    document.body.append(column)
    const el = await mount<SecureBaseCycle>('secure-base-cycle', {
      inline: fixture,
      parent: column,
      attributes: { dimension: 'acceptance' },
    })
    await settled(el)
    expect(el.scrollWidth).toBeLessThanOrEqual(320)
    expect($(el, 'svg')!.getBoundingClientRect().width).toBeLessThanOrEqual(320)
    // The stage names grow to at least 11 px on screen, and still fit inside their shapes.
    const scale = $(el, 'svg')!.getBoundingClientRect().width / 420
    for (const stage of $$(el, '[role="tab"]')) {
      const name = stage.querySelector<HTMLElement>('.name')!
      expect(parseFloat(getComputedStyle(name).fontSize) * scale).toBeGreaterThanOrEqual(11)
      expect(name.scrollHeight).toBeLessThanOrEqual(name.clientHeight)
      expect(name.scrollWidth).toBeLessThanOrEqual(name.clientWidth)
      expect(getComputedStyle(stage.querySelector('.actor')!).display).toBe('none')
    }
    await expectAccessible(el)
  })

  it('hides the light-DOM fallback list once upgraded; the same markup shows it where the script never ran', async () => {
    const markup = `<secure-base-cycle><ol class="fallback"><li>The child's needs and behaviour</li><li>What the carer thinks and feels</li></ol></secure-base-cycle>`
    const frame = document.createElement('iframe')
    frame.srcdoc = `<!doctype html><html lang="en"><title>no script</title><body>${markup}</body></html>`
    document.body.append(frame)
    await expect.poll(() => frame.contentDocument?.querySelector('.fallback')?.checkVisibility() ?? false).toBe(true)

    const el = document.createElement('secure-base-cycle')
    const list = el.appendChild(document.createElement('ol'))
    list.append(document.createElement('li'))
    list.firstElementChild!.textContent = "The child's needs and behaviour"
    document.body.append(el)
    await el.updateComplete
    expect(list.checkVisibility()).toBe(false)
  })
})
