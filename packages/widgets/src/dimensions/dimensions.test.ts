import { afterEach, describe, expect, inject, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/dimensions.en.json'
import '../define/dimensions.js'
import type { SelectDetail } from '../internal/events.js'
import type { SecureBaseDimensions } from './dimensions.js'
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

afterEach(cleanUp)

const mountDimensions = async (attributes: Record<string, string> = {}, parent?: HTMLElement) => {
  const el = await mount<SecureBaseDimensions>('secure-base-dimensions', { inline: fixture, attributes, parent })
  await settled(el)
  return el
}

const circles = (el: HTMLElement) => $$<SVGGElement>(el, '[role="tab"]')
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement

describe('<secure-base-dimensions>', () => {
  it('draws five overlapping circles in their colours, in the model order, and invites a choice', async () => {
    const el = await mountDimensions()
    expect(circles(el).map((c) => c.getAttribute('aria-label'))).toEqual([
      'Availability',
      'Sensitivity',
      'Acceptance',
      'Co-operation',
      'Family membership',
    ])
    expect(circles(el).map((c) => c.querySelector('.disc')!.getAttribute('fill'))).toEqual(
      fixture.data.map((d) => d.colour),
    )
    // Neighbouring circles overlap: their centres are closer than their radii added up.
    const [a, b] = circles(el).map((c) => c.querySelector('.disc')!)
    const distance = Math.hypot(
      Number(a!.getAttribute('cx')) - Number(b!.getAttribute('cx')),
      Number(a!.getAttribute('cy')) - Number(b!.getAttribute('cy')),
    )
    expect(distance).toBeLessThan(Number(a!.getAttribute('r')) * 2)
    expect(text($(el, '[part~="status"]'))).toBe('Choose a dimension to read about it.')
    await expectAccessible(el)
  })

  it('shows a dimension in full when chosen by pointer', async () => {
    const el = await mountDimensions()
    const selections = recordEvents<SelectDetail>('secure-base-select')
    await userEvent.click(circles(el)[0]!.querySelector('text')!)
    const panel = $(el, '[part~="panel"]')!
    expect(text(panel.querySelector('h3'))).toBe('Availability')
    expect(text($(el, '[part~="subtitle"]'))).toBe('helping the child to trust')
    expect(text(panel)).toContain('Being there for the child, in person and in mind')
    // Rich text keeps its emphasis and lists.
    expect([...panel.querySelectorAll('strong')].map(text)).toContain('reliably there')
    expect(panel.querySelectorAll('ul li')).toHaveLength(2)
    expect(text(panel.querySelector('dl'))).toContain("The carer's focus Being physically and emotionally present")
    expect(text(panel.querySelector('dl'))).toContain('What the child gains Trust that needs will be met')
    expect(el.getAttribute('selected')).toBe('availability')
    expect(selections.details).toEqual([{ kind: 'dimension', key: 'availability', dimension: 'availability' }])
    selections.stop()
    await expectAccessible(el)
  })

  it('moves with arrow keys inside one tab stop, selects with Enter or Space, and jumps with Home and End', async () => {
    const el = await mountDimensions()
    await userEvent.tab()
    expect(focused(el)).toBe(circles(el)[0])
    await userEvent.keyboard('{ArrowRight}{ArrowDown}')
    expect(focused(el)).toBe(circles(el)[2])
    await userEvent.keyboard('{Enter}')
    expect(text($(el, '[part~="panel"] h3'))).toBe('Acceptance')
    await userEvent.keyboard('{End}')
    expect(focused(el)).toBe(circles(el)[4])
    await userEvent.keyboard(' ')
    expect(text($(el, '[part~="panel"] h3'))).toBe('Family membership')
    await userEvent.keyboard('{ArrowRight}')
    expect(focused(el)).toBe(circles(el)[0])
    await userEvent.keyboard('{ArrowLeft}{Home}')
    expect(focused(el)).toBe(circles(el)[0])
    expect(circles(el).filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1)
  })

  it('emphasises the dimensions named in highlight, in shape and words as well as colour', async () => {
    const el = await mountDimensions({ highlight: 'acceptance sensitivity' })
    const highlighted = circles(el).filter((c) => c.hasAttribute('data-highlighted'))
    expect(highlighted.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Sensitivity (highlighted)',
      'Acceptance (highlighted)',
    ])
    expect(highlighted.every((c) => c.querySelector('.star'))).toBe(true)
    const width = (c: SVGGElement) => parseFloat(getComputedStyle(c.querySelector('.disc')!).strokeWidth)
    expect(width(highlighted[0]!)).toBeGreaterThan(width(circles(el)[0]!))
    el.highlight = 'availability'
    await el.updateComplete
    expect(circles(el).filter((c) => c.hasAttribute('data-highlighted'))).toHaveLength(1)
    await expectAccessible(el)
  })

  it('opens on the selected dimension and adds the note for the care setting', async () => {
    const el = await mountDimensions({ selected: 'availability', setting: 'schools' })
    expect(text($(el, '[part~="setting-note"]'))).toBe(
      'In Schools: A named adult the pupil can find at set times makes school feel less uncertain.',
    )
    expect(circles(el)[0]!.getAttribute('tabindex')).toBe('0')
    el.setAttribute('setting', 'adoption')
    await el.updateComplete
    // Availability has no adoption note, so none is shown.
    expect($(el, '[part~="setting-note"]')).toBeNull()
  })

  it('loads Welsh content from the delivery API for a Welsh element', async () => {
    const el = await mount<SecureBaseDimensions>('secure-base-dimensions', {
      attributes: { api: api(), lang: 'cy', selected: 'co-operation' },
    })
    await settled(el)
    expect(circles(el)[0]!.getAttribute('aria-label')).toBe('Argaeledd')
    expect(text($(el, '[part~="panel"] dl'))).toContain('Ffocws y gofalwr')
    expect($(el, '[part~="fallback-notice"]')).not.toBeNull()
    await expectAccessible(el)
  })

  it('says when nothing has been published', async () => {
    const el = await mount<SecureBaseDimensions>('secure-base-dimensions', { attributes: { api: api('empty') } })
    await settled(el)
    expect(text($(el, '[part~="status"]'))).toBe('No dimensions have been published yet.')
    await expectAccessible(el)
  })

  it('shows errors with a retry that recovers, and a network error when the server is down', async () => {
    const el = await mount<SecureBaseDimensions>('secure-base-dimensions', {
      attributes: { api: api(`fail-once/dimensions-${crypto.randomUUID()}`) },
    })
    await whenError(el)
    expect(text($(el, '[part~="error"]'))).toContain('(503)')
    await expectAccessible(el)
    await userEvent.click($(el, '[part~="retry-button"]')!)
    await settled(el)
    expect(circles(el)).toHaveLength(5)

    const down = await mount<SecureBaseDimensions>('secure-base-dimensions', {
      attributes: { api: inject('refusedServer') },
    })
    await whenError(down)
    expect(text($(down, '[part~="error"]'))).toContain('could not be reached')
  })

  it('is dark under theme="dark" and fits 320 px', async () => {
    const column = document.createElement('div')
    column.style.width = '320px'
    document.body.append(column)
    const el = await mountDimensions({ theme: 'dark', selected: 'family-membership' }, column)
    expect(luminance(getComputedStyle(el).backgroundColor)).toBeLessThan(0.1)
    expect(el.scrollWidth).toBeLessThanOrEqual(320)
    await expectAccessible(el)
  })
})
