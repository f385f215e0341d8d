import { afterEach, describe, expect, inject, it } from 'vitest'
import { commands } from 'vitest/browser'
import { emptyAnswers, mergeAnswers, stampChanges, type AnswerSet } from './checklist-model.js'

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 10, minute))

describe('merging two tabs’ answers', () => {
  const start = emptyAnswers()

  it('keeps, question by question, whichever answer was changed last', () => {
    const mine = stampChanges(start, { ...start, answers: { a: { status: 'seen' }, b: { status: 'seen' } } }, at(1))
    const theirs = stampChanges(
      start,
      { ...start, answers: { b: { status: 'not-yet' }, c: { note: 'At the park' } } },
      at(2),
    )
    expect(mergeAnswers(mine, theirs).answers).toEqual({
      a: { status: 'seen' },
      b: { status: 'not-yet' },
      c: { note: 'At the park' },
    })
    expect(mergeAnswers(theirs, mine).answers).toEqual({
      a: { status: 'seen' },
      b: { status: 'not-yet' },
      c: { note: 'At the park' },
    })
  })

  it('lets a later clearing win over an older answer, and a later answer over an older clearing', () => {
    const answered = stampChanges(
      start,
      { ...start, answers: { a: { status: 'seen' } }, ratings: { availability: 6 } },
      at(1),
    )
    const cleared = stampChanges(answered, { ...answered, answers: {}, ratings: {} }, at(3))
    const elsewhere = stampChanges(
      start,
      { ...start, answers: { a: { status: 'not-sure' } }, ratings: { availability: 4 } },
      at(2),
    )
    const merged = mergeAnswers(elsewhere, cleared)
    expect(merged.answers).toEqual({})
    expect(merged.ratings).toEqual({})
    const later = stampChanges(elsewhere, { ...elsewhere, answers: { a: { status: 'seen' } } }, at(4))
    expect(mergeAnswers(cleared, later).answers).toEqual({ a: { status: 'seen' } })
  })

  it('keeps the answers of a save from before answers were timed, unless the other tab changed them since', () => {
    const old: AnswerSet = { ...start, answers: { a: { status: 'seen' }, b: { status: 'seen' } } }
    const recent = stampChanges(start, { ...start, answers: { b: { status: 'not-yet' } } }, at(1))
    expect(mergeAnswers(old, recent).answers).toEqual({ a: { status: 'seen' }, b: { status: 'not-yet' } })
  })
})

describe('<secure-base-checklist> open in two tabs', () => {
  afterEach(() => commands.closeTabs())

  // A save waits 400 ms for more typing, and a reload fetches the content again: allow a busy machine time for both.
  const WAIT = { timeout: 5000 }
  const answer = (item: string, status: string) =>
    `secure-base-checklist [data-item="${item}"] input[value="${status}"]`

  it('shows each tab’s answers in the other at once, and a reload loses none of them', async () => {
    const page = `${inject('fixtureServer')}/csp/page.html`
    await commands.openTab('first', page, true)
    await commands.openTab('second', page, false)

    await commands.checkInTab('first', answer('av-1', 'seen'))
    await expect.poll(() => commands.isCheckedInTab('second', answer('av-1', 'seen')), WAIT).toBe(true)

    // Both tabs answer before either has saved: each save must keep the other's answer.
    await commands.checkInTab('second', answer('av-2', 'not-yet'))
    await commands.checkInTab('first', answer('av-3', 'seen'))
    await expect.poll(() => commands.isCheckedInTab('first', answer('av-2', 'not-yet')), WAIT).toBe(true)
    await expect.poll(() => commands.isCheckedInTab('second', answer('av-3', 'seen')), WAIT).toBe(true)
    for (const name of ['first', 'second']) {
      await commands.reloadTab(name)
      await expect.poll(() => commands.isCheckedInTab(name, answer('av-1', 'seen')), WAIT).toBe(true)
      expect(await commands.isCheckedInTab(name, answer('av-2', 'not-yet'))).toBe(true)
      expect(await commands.isCheckedInTab(name, answer('av-3', 'seen'))).toBe(true)
    }

    // The same question changed in both: the later change wins in both tabs, and is what is kept.
    await commands.checkInTab('first', answer('av-1', 'not-yet'))
    await commands.checkInTab('second', answer('av-1', 'not-sure'))
    await expect.poll(() => commands.isCheckedInTab('first', answer('av-1', 'not-sure')), WAIT).toBe(true)
    await commands.reloadTab('first')
    await expect.poll(() => commands.isCheckedInTab('first', answer('av-1', 'not-sure')), WAIT).toBe(true)
    expect(await commands.isCheckedInTab('second', answer('av-1', 'not-sure'))).toBe(true)
    // Six page loads of four widgets each, on a machine the other tests keep busy.
  }, 60_000)
})
