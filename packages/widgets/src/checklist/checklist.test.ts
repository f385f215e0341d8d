import { afterEach, describe, expect, it } from 'vitest'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import { $, $$, cleanUp, expectAccessible, mount, whenReady } from './testing/helpers.js'

afterEach(cleanUp)

describe('<secure-base-checklist> rendering', () => {
  it('renders the introduction, the sample notice and every question grouped by dimension from inline JSON', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    expect($(el, '[part~="title"]')!.textContent).toBe(fixture.data.title)
    expect($(el, '[part~="sample-notice"]')).not.toBeNull()
    const headings = $$(el, 'section[part~="section"] h3').map((h) => h.textContent)
    expect(headings).toEqual(fixture.data.sections.map((s) => s.dimension.name))
    expect($$(el, 'fieldset[part~="item"] legend').map((l) => l.textContent)).toEqual(
      fixture.data.sections.flatMap((s) => s.items.map((i) => i.question)),
    )
    expect($$(el, 'fieldset[part~="rating"]')).toHaveLength(6)
    const credit = $(el, '[part~="credit"]')!
    expect(credit.textContent).toContain('Gillian Schofield and Mary Beek')
    expect(credit.querySelector('a')!.href).toMatch(/^https:\/\/www\.uea\.ac\.uk\/.*secure-base-model$/)
    await expectAccessible(el)
  })
})
