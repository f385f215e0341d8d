import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import type { SavedAnswers } from './checklist-model'
import {
  $,
  $$,
  cleanUp,
  clone,
  expectAccessible,
  mount,
  ratingRadio,
  statusRadio,
  storeAnswers,
  whenReady,
} from './testing/helpers.js'

afterEach(() => {
  vi.restoreAllMocks()
  cleanUp()
})

const KEY = 'secure-base-checklist:inline:5-10-years'

/** What this device holds for the checklist; the tests below only read it after something was saved. */
const savedAnswers = (): SavedAnswers => JSON.parse(localStorage.getItem(KEY) ?? 'null') as SavedAnswers

const whenSaved = (predicate: (saved: SavedAnswers) => boolean | undefined) =>
  expect
    .poll(() => {
      const saved = localStorage.getItem(KEY) === null ? null : savedAnswers()
      return saved !== null && predicate(saved) === true
    })
    .toBe(true)

describe('<secure-base-checklist> saving on this device', () => {
  it('saves answers, notes and ratings as the visitor goes and restores them after a reload', async () => {
    let el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click(statusRadio(el, 'av-1', 'seen'))
    await userEvent.click(statusRadio(el, 'se-2', 'not-sure'))
    await userEvent.fill($(el, 'fieldset[data-item="av-1"] textarea')!, 'Came to me after a bad dream')
    await userEvent.click(ratingRadio(el, 'availability', 7))
    await whenSaved((s) => s.ratings.availability === 7 && s.answers['av-1']?.note?.includes('bad dream'))
    await expect.poll(() => $(el, '[part~="save-status"]')!.textContent).toContain('Saved on this device')
    expect(savedAnswers().version).toBe(fixture.data.version)

    // A reload: the element goes away and a new one is made from the same content.
    el.remove()
    el = await mount({ inline: fixture })
    await whenReady(el)
    expect(statusRadio(el, 'av-1', 'seen').checked).toBe(true)
    expect(statusRadio(el, 'se-2', 'not-sure').checked).toBe(true)
    expect($<HTMLTextAreaElement>(el, 'fieldset[data-item="av-1"] textarea')!.value).toBe(
      'Came to me after a bad dream',
    )
    expect(ratingRadio(el, 'availability', 7).checked).toBe(true)
    expect($(el, '[part~="progress"]')!.textContent).toContain('2 of 15 questions answered')
    await expectAccessible(el)
  })

  it('keeps answers to questions that still exist when the checklist changes, and says how many no longer apply', async () => {
    storeAnswers(KEY, {
      checklist: '5-10-years',
      version: 'an-older-version',
      savedAt: '2026-10-01T10:00:00.000Z',
      answers: {
        'av-1': { status: 'seen' },
        'retired-1': { status: 'not-yet', note: 'an old note' },
        'retired-2': { status: 'seen' },
      },
      ratings: { availability: 5, 'retired-dimension': 3 },
    })
    const el = await mount({ inline: fixture })
    await whenReady(el)
    const notice = $(el, '[data-notice="migrated"]')!
    expect(notice.textContent).toContain('The checklist was updated; 2 of your earlier answers no longer apply')
    expect(statusRadio(el, 'av-1', 'seen').checked).toBe(true)
    expect(ratingRadio(el, 'availability', 5).checked).toBe(true)
    // The new version is recorded at once, so the notice is not repeated on the next visit.
    expect(savedAnswers().version).toBe(fixture.data.version)
    expect(Object.keys(savedAnswers().answers)).toEqual(['av-1'])
    await expectAccessible(el)
  })

  it('sets unreadable saved answers aside under another key, starts fresh and says so', async () => {
    localStorage.setItem(KEY, '{"format": "secure-base-checklist-answers", "answers": [tru')
    const el = await mount({ inline: fixture })
    await whenReady(el)
    expect($(el, '[data-notice="corrupt"]')!.textContent).toContain('could not be read')
    expect(localStorage.getItem(KEY)).toBeNull()
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:set-aside:`))
    expect(aside).toHaveLength(1)
    expect(localStorage.getItem(aside[0]!)).toContain('"answers": [tru')
    expect(
      $$<HTMLInputElement>(el, 'input[type="radio"]:checked').filter((r) => r.closest('[data-item]')),
    ).toHaveLength(0)
    await expectAccessible(el)
  })

  it('works from memory and says answers will not be kept when the browser refuses storage', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    const el = await mount({ inline: fixture })
    await whenReady(el)
    expect($(el, '[data-notice="storage"]')!.textContent).toContain(
      'your answers will be lost when you leave this page',
    )
    await userEvent.click(statusRadio(el, 'ac-1', 'seen'))
    expect(statusRadio(el, 'ac-1', 'seen').checked).toBe(true)
    expect($(el, '[part~="progress"]')!.textContent).toContain('1 of 15')
    await expectAccessible(el)
  })

  it('keeps working and says so when the browser storage fills up part way through', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click(statusRadio(el, 'av-1', 'seen'))
    await whenSaved((s) => s.answers['av-1']?.status === 'seen')
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await userEvent.click(statusRadio(el, 'av-2', 'not-yet'))
    await expect.poll(() => $(el, '[data-notice="storage"]')?.textContent).toContain('storage is full')
    expect(statusRadio(el, 'av-2', 'not-yet').checked).toBe(true)
    expect($(el, '[part~="save-status"]')!.textContent).not.toContain('Saved on this device')
    await expectAccessible(el)
  })

  it('says the storage is full, not that the browser refuses it, when it is full before the page loads', async () => {
    storeAnswers(KEY, {
      checklist: fixture.data.slug,
      version: fixture.data.version,
      savedAt: '2026-11-20T10:00:00.000Z',
      answers: { 'av-1': { status: 'seen' } },
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const el = await mount({ inline: fixture })
    await whenReady(el)
    const storageNote = $(el, '[data-notice="storage"]')?.textContent ?? ''
    expect(storageNote).toContain('storage is full')
    expect(storageNote).not.toContain('not letting')
    // What was saved before the storage filled up is still there to read.
    expect(statusRadio(el, 'av-1', 'seen').checked).toBe(true)
    await expectAccessible(el)
  })

  it('starts again only after confirmation, and keeps earlier summaries', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click(statusRadio(el, 'av-1', 'seen'))
    await userEvent.click($(el, '[data-action="summary"]')!)
    await userEvent.click($(el, '[data-action="start-again"]')!)
    await expect.poll(() => el.shadowRoot!.activeElement?.getAttribute('data-action')).toBe('keep')
    await expectAccessible(el)
    await userEvent.click($(el, '[data-action="keep"]')!)
    expect(savedAnswers().answers['av-1']?.status).toBe('seen')

    await userEvent.click($(el, '[data-action="start-again"]')!)
    await userEvent.click($(el, '[data-action="clear"]')!)
    await whenSaved((s) => Object.keys(s.answers).length === 0)
    expect(savedAnswers().completions).toHaveLength(1)
    expect($(el, '[part~="progress"]')!.textContent).toContain('0 of 15')
    expect(statusRadio(el, 'av-1', 'seen').checked).toBe(false)
  })

  it('keeps two checklists on one page apart', async () => {
    const welsh = clone(fixture as never)
    welsh.data.slug = '11-18-years'
    welsh.data.ageBand = '11-18-years'
    const first = await mount({ inline: fixture })
    const second = await mount({ inline: welsh })
    await whenReady(first)
    await whenReady(second)
    await userEvent.click(statusRadio(first, 'av-1', 'seen'))
    await userEvent.click(statusRadio(second, 'av-1', 'not-yet'))
    expect(statusRadio(first, 'av-1', 'seen').checked).toBe(true)
    expect(statusRadio(second, 'av-1', 'not-yet').checked).toBe(true)
    await whenSaved((s) => s.answers['av-1']?.status === 'seen')
    await expect
      .poll(
        () =>
          JSON.parse(localStorage.getItem('secure-base-checklist:inline:11-18-years') ?? '{}').answers?.['av-1']
            ?.status,
      )
      .toBe('not-yet')
  })

  it('keeps the same checklist apart when given different storage keys', async () => {
    const a = await mount({ inline: fixture, attributes: { 'storage-key': 'child-a' } })
    const b = await mount({ inline: fixture, attributes: { 'storage-key': 'child-b' } })
    await whenReady(a)
    await whenReady(b)
    await userEvent.click(statusRadio(a, 'co-1', 'seen'))
    await expect.poll(() => localStorage.getItem('secure-base-checklist:child-a:inline:5-10-years')).toContain('"co-1"')
    expect(localStorage.getItem('secure-base-checklist:child-b:inline:5-10-years')).toBeNull()
    expect(statusRadio(b, 'co-1', 'seen').checked).toBe(false)
  })
})
