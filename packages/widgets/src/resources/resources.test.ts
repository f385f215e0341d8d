import { afterEach, describe, expect, inject, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/resources.en.json'
import '../define/resources.js'
import type { FilterDetail } from '../internal/events.js'
import type { SecureBaseResources } from './resources.js'
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

const inline = async (attributes: Record<string, string> = {}, parent?: HTMLElement) => {
  const el = await mount<SecureBaseResources>('secure-base-resources', { inline: fixture, attributes, parent })
  await settled(el)
  return el
}

const titles = (el: HTMLElement) => $$(el, '[part~="resource"] h3').map(text)
const choose = (el: HTMLElement, filter: string, value: string) =>
  userEvent.selectOptions($<HTMLSelectElement>(el, `select[name="${filter}"]`)!, value)

describe('<secure-base-resources>', () => {
  it('lists every resource as a card with its type, a link and a description', async () => {
    const el = await inline()
    expect($$(el, '[part~="resource"]')).toHaveLength(fixture.data.length)
    expect(text($(el, '[part~="count"]'))).toBe('Resources shown: 7')
    const first = $(el, '[part~="resource"]')!
    expect(text(first.querySelector('[part~="badge"]'))).toBe('Web page')
    expect(first.querySelector('a')!.href).toBe(fixture.data[0]!.url)
    expect(text(first)).toContain('The home of the model at the University of East Anglia')
    const guide = $$(el, '[part~="resource"]')[2]!
    expect(text(guide.querySelector('[part~="file"]'))).toBe('File: availability-at-bedtime.pdf, 180 kB')
    await expectAccessible(el)
  })

  it('opens links to other sites in a new tab without handing them the page', async () => {
    const el = await inline()
    for (const link of $$<HTMLAnchorElement>(el, '[part~="resource"] a')) {
      expect(link.target).toBe('_blank')
      expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer'])
      expect(text(link)).toContain('(opens in a new tab)')
    }
  })

  it('names the language of a resource only when it differs from the page', async () => {
    const el = await inline()
    const badges = (slugIndex: number) => $$(el, '[part~="resource"]')[slugIndex]!.querySelectorAll('[part~="badge"]')
    expect(badges(0)).toHaveLength(1)
    expect(text(badges(5)[1])).toBe('In Welsh')
    expect(text(badges(6)[1])).toBe('In Norwegian')
    expect($$(el, '[part~="resource"]')[6]!.querySelector('a')!.lang).toBe('no')
  })

  it('starts from the filters its attributes preset', async () => {
    const el = await inline({ setting: 'schools' })
    expect(titles(el)).toEqual([
      'The Secure Base model at UEA (opens in a new tab)',
      'Naming feelings in the classroom (opens in a new tab)',
    ])
    expect($<HTMLSelectElement>(el, 'select[name="setting"]')!.value).toBe('schools')
  })

  it('filters by dimension, setting and language with its controls, and tells the host page', async () => {
    const el = await inline()
    const filters = recordEvents<FilterDetail>('secure-base-filter')
    await choose(el, 'dimension', 'availability')
    expect($$(el, '[part~="resource"]')).toHaveLength(4)
    await choose(el, 'setting', 'kinship-care')
    expect(titles(el).map((t) => t.replace(' (opens in a new tab)', ''))).toEqual([
      'The Secure Base model at UEA',
      'A short film introducing the model',
      'Being available at bedtime',
    ])
    await choose(el, 'language', 'no')
    expect(filters.details.at(-1)).toEqual({
      dimension: 'availability',
      setting: 'kinship-care',
      language: 'no',
      count: 0,
    })
    expect(filters.details.map((d) => d.count)).toEqual([4, 3, 0])
    filters.stop()
    expect(el.getAttribute('dimension')).toBe('availability')
    await expectAccessible(el)
  })

  it('shows an empty state with a way back when nothing matches', async () => {
    const el = await inline({ language: 'no', setting: 'schools' })
    expect(text($(el, '[part~="status"]'))).toBe('No resources match these filters.')
    await expectAccessible(el)
    await userEvent.click($(el, '[part~="clear-button"]')!)
    expect($$(el, '[part~="resource"]')).toHaveLength(7)
    expect(el.hasAttribute('language')).toBe(false)
  })

  it('hides its controls with hide-filters while the attributes still filter', async () => {
    const el = await inline({ 'hide-filters': '', dimension: 'co-operation' })
    expect($(el, '[part~="filters"]')).toBeNull()
    expect($$(el, '[part~="resource"]')).toHaveLength(3)
  })

  it('asks the delivery API for the filtered list and shows it in Welsh', async () => {
    const el = await mount<SecureBaseResources>('secure-base-resources', {
      attributes: { api: api(), lang: 'cy', setting: 'foster-care' },
    })
    await settled(el)
    expect(text($(el, '[part~="count"]'))).toBe('Adnoddau a ddangosir: 5')
    expect(text($(el, 'legend'))).toBe("Hidlo'r adnoddau")
    expect(titles(el)).toContain('Perthyn: canllaw i ofalwyr maeth (yn agor mewn tab newydd)')
    // A Welsh resource on a Welsh page needs no language label; an English one does.
    const perthyn = $$(el, '[part~="resource"]').find((r) => text(r).includes('Perthyn'))!
    expect(perthyn.querySelectorAll('[part~="badge"]')).toHaveLength(1)
    await choose(el, 'dimension', 'family-membership')
    await settled(el)
    expect(titles(el).map((t) => t.replace(' (yn agor mewn tab newydd)', ''))).toEqual([
      'Y model Sylfaen Ddiogel yn UEA',
      "Ffilm fer yn cyflwyno'r model",
      'Perthyn: canllaw i ofalwyr maeth',
    ])
    await expectAccessible(el)
  })

  it('shows the empty state when the CMS has no resources', async () => {
    const el = await mount<SecureBaseResources>('secure-base-resources', { attributes: { api: api('empty') } })
    await settled(el)
    expect(text($(el, '[part~="status"]'))).toBe('There is nothing to show here yet.')
    expect($(el, '[part~="clear-button"]')).toBeNull()
  })

  it('shows errors with a retry that recovers, and a network error when the server is down', async () => {
    const el = await mount<SecureBaseResources>('secure-base-resources', {
      attributes: { api: api(`fail-once/resources-${crypto.randomUUID()}`) },
    })
    await whenError(el)
    await expectAccessible(el)
    await userEvent.click($(el, '[part~="retry-button"]')!)
    await settled(el)
    expect($$(el, '[part~="resource"]')).toHaveLength(7)

    const down = await mount<SecureBaseResources>('secure-base-resources', {
      attributes: { api: inject('refusedServer') },
    })
    await whenError(down)
    expect(text($(down, '[part~="error"]'))).toContain('could not be reached')
    // The filters stay usable while the list is in error.
    expect($(down, '[part~="filters"]')).not.toBeNull()
  })

  it('is dark under theme="dark" and fits 320 px', async () => {
    const column = document.createElement('div')
    column.style.width = '320px'
    document.body.append(column)
    const el = await inline({ theme: 'dark' }, column)
    expect(luminance(getComputedStyle(el).backgroundColor)).toBeLessThan(0.1)
    expect(el.scrollWidth).toBeLessThanOrEqual(320)
    await expectAccessible(el)
  })
})
