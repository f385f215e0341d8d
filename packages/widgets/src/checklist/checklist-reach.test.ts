import { afterEach, describe, expect, inject, it } from 'vitest'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import { $, cleanUp, mount, ratingRadio, statusRadio, whenReady } from './testing/helpers.js'

afterEach(cleanUp)

const server = inject('fixtureServer')
let runs = 0
const recorder = () => `reach-${Date.now()}-${++runs}`

const sent = async (id: string) =>
  (await (await fetch(`${server}/recorded/${id}`)).json()) as { contentType: string; cookie: boolean; body: string }[]

const firstItem = fixture.data.sections[0]!.items[0]!.id
const secondItem = fixture.data.sections[0]!.items[1]!.id

/** Answers two questions, gives a rating and opens the summary twice, as a visitor working through it would. */
const workThrough = async (el: HTMLElement) => {
  statusRadio(el, firstItem, 'seen').click()
  statusRadio(el, secondItem, 'not-yet').click()
  ratingRadio(el, fixture.data.sections[0]!.dimension.slug, 6).click()
  for (let i = 0; i < 2; i++) {
    $<HTMLButtonElement>(el, '[data-action="summary"]')!.click()
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete
    $<HTMLButtonElement>(el, '[data-action="back"]')!.click()
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete
  }
}

describe('<secure-base-checklist reach>', () => {
  it('with the attribute, sends one started and one completed report holding only the slug and the event', async () => {
    const id = recorder()
    const el = await mount({ attributes: { api: `${server}/record/${id}`, checklist: '5-10-years', reach: '' } })
    await whenReady(el)
    const notes = $<HTMLTextAreaElement>(el, `fieldset[data-item="${firstItem}"] textarea`)!
    notes.value = 'a private note about the child'
    notes.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    await workThrough(el)
    await expect.poll(async () => (await sent(id)).length, { timeout: 5000 }).toBe(2)
    const reports = await sent(id)
    expect(reports.map((r) => JSON.parse(r.body))).toEqual([
      { checklist: '5-10-years', event: 'started' },
      { checklist: '5-10-years', event: 'completed' },
    ])
    expect(reports.every((r) => !r.cookie && !r.body.includes('private note'))).toBe(true)
  })

  it('without the attribute, sends nothing however far the visitor gets', async () => {
    const id = recorder()
    const el = await mount({ attributes: { api: `${server}/record/${id}`, checklist: '5-10-years' } })
    await whenReady(el)
    await workThrough(el)
    // A control widget with the attribute proves reports would have arrived by now.
    const control = recorder()
    const other = await mount({
      attributes: { api: `${server}/record/${control}`, checklist: '5-10-years', reach: '', 'storage-key': 'control' },
    })
    await whenReady(other)
    await workThrough(other)
    await expect.poll(async () => (await sent(control)).length, { timeout: 5000 }).toBe(2)
    expect(await sent(id)).toEqual([])
  })

  it('keeps working, with no error shown, when the CMS refuses the report', async () => {
    // The fixture server has no reach route outside /record/, so it answers these reports 404.
    const el = await mount({ attributes: { api: server, checklist: '5-10-years', reach: '' } })
    await whenReady(el)
    statusRadio(el, firstItem, 'seen').click()
    $<HTMLButtonElement>(el, '[data-action="summary"]')!.click()
    await expect.poll(() => $(el, '[part~="summary"]'), { timeout: 5000 }).toBeTruthy()
    expect($(el, '[part~="error"]')).toBeNull()
    expect($(el, '[part~="notice"]')).toBeNull()
  })
})
