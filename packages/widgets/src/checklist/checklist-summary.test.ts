import { afterEach, describe, expect, it } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import welsh from '@secure-base/content/fixtures/checklist-5-10-years.cy.json'
import { $, $$, cleanUp, expectAccessible, mount, storeAnswers, whenReady } from './testing/helpers.js'

afterEach(cleanUp)

const KEY = 'secure-base-checklist:inline:5-10-years'

const parsePoints = (attr: string | null) =>
  (attr ?? '').split(' ').map((pair) => pair.split(',').map(Number) as [number, number])

const seed = () =>
  storeAnswers(KEY, {
    checklist: '5-10-years',
    version: fixture.data.version,
    savedAt: '2026-11-01T10:00:00.000Z',
    answers: {
      'av-1': { status: 'seen', note: 'private words about the child' },
      'av-2': { status: 'not-sure' },
      'av-3': { status: 'not-yet' },
      'se-1': { status: 'seen' },
    },
    ratings: {
      availability: 10,
      sensitivity: 0,
      acceptance: 5,
      'co-operation': null,
      'family-membership/this-family': 8,
      'family-membership/birth-family': 4,
    },
    completions: [
      {
        date: '2026-10-01T09:00:00.000Z',
        version: fixture.data.version,
        ratings: { availability: 8, sensitivity: 2, acceptance: 5, 'co-operation': 4 },
        counts: { availability: { seen: 1, notYet: 2, notSure: 0, unanswered: 0 } },
      },
    ],
  })

describe('<secure-base-checklist> summary', () => {
  it('lists strengths first, then where to focus next, with ratings, change over time, guidance and resources', async () => {
    seed()
    const el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click($(el, '[data-action="summary"]')!)
    await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('summary-title')

    const availability = $(el, '[data-dimension="availability"]')!
    const headings = [...availability.querySelectorAll('h4')].map((h) => h.textContent)
    expect(headings.slice(0, 2)).toEqual(['Strengths you have seen', 'Where to focus next'])
    expect([...availability.querySelectorAll('.strengths li')].map((li) => li.textContent?.trim())).toEqual([
      fixture.data.sections[0]!.items[0]!.question,
    ])
    const focus = [...availability.querySelectorAll('.focus li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    )
    expect(focus).toEqual([
      `${fixture.data.sections[0]!.items[1]!.question} (not sure yet)`,
      fixture.data.sections[0]!.items[2]!.question,
    ])
    expect(availability.querySelector('[data-rating="availability"]')!.textContent).toMatch(
      /Your rating: 10 of 10\s*\(up 2 since 1 Oct 2026\)/,
    )
    expect(availability.querySelector('.guidance')!.textContent).toContain('Small, predictable signs')
    expect(availability.querySelector<HTMLAnchorElement>('.resources a')!.href).toMatch(/^https:\/\/www\.uea\.ac\.uk\//)
    const family = $(el, '[data-dimension="family-membership"]')!
    expect(family.querySelector('[data-rating="family-membership/birth-family"]')!.textContent).toContain(
      'Birth family: 4 of 10',
    )
    expect($(el, '[data-dimension="sensitivity"] [data-rating="sensitivity"]')!.textContent).toContain('down 2')
    expect($(el, '.history')!.textContent).toContain('1 Oct 2026')
    // Reflective, never a verdict: no score or pass/fail wording anywhere in the summary.
    expect($(el, '[part~="summary"]')!.textContent).not.toMatch(/\b(pass|fail|score:|\d+%)/i)
    await expectAccessible(el)
  })

  it('stays accessible in the dark theme and in Welsh, summary included', async () => {
    seed()
    const el = await mount({ inline: welsh, attributes: { theme: 'dark', lang: 'cy' } })
    await whenReady(el)
    await userEvent.click($(el, '[data-action="summary"]')!)
    await expect.poll(() => $(el, '#summary-title')?.textContent).toBe('Crynodeb')
    expect($(el, '[data-dimension="availability"] h4')!.textContent).toBe('Cryfderau rydych chi wedi’u gweld')
    expect($(el, '[data-rating="availability"]')!.textContent).toContain('Eich sgôr: 10 o 10')
    // Welsh month names whether or not the browser has Welsh date data ("1 Hyd 2026" or "1 Hydref 2026").
    expect($(el, '.history')!.textContent).toMatch(/\b1 Hyd(ref)? 2026\b/)
    expect($(el, '.history')!.textContent).not.toContain('Oct')
    await expectAccessible(el)
  })

  it('draws the star chart from the ratings, with last time as a second polygon', async () => {
    seed()
    const el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click($(el, '[data-action="summary"]')!)
    const current = parsePoints($(el, 'polygon[data-series="current"]')!.getAttribute('points'))
    // Centre (200,150), radius 100 for a rating of 10, axes clockwise from the top.
    const expected: [number, number][] = [
      [200, 50], // availability 10: the top of the chart
      [200, 150], // sensitivity 0: the centre
      [200 + 50 * Math.cos((54 * Math.PI) / 180), 150 + 50 * Math.sin((54 * Math.PI) / 180)], // acceptance 5
      [200, 150], // co-operation not rated: the centre
      [200 + 60 * Math.cos((198 * Math.PI) / 180), 150 + 60 * Math.sin((198 * Math.PI) / 180)], // mean of 8 and 4
    ]
    expect(current).toHaveLength(5)
    current.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]![0], 1)
      expect(y).toBeCloseTo(expected[i]![1], 1)
    })
    const previous = parsePoints($(el, 'polygon[data-series="previous"]')!.getAttribute('points'))
    expect(previous[0]).toEqual([200, 70])
    expect($(el, 'svg[role="img"] desc')!.textContent).toContain('Availability 10')
    // The five values as a British English list: commas, then "and" before the last.
    expect($(el, 'svg[role="img"] desc')!.textContent).toMatch(
      /Availability 10, Sensitivity 0, [^,]+, [^,]+ and Family membership 6\b/,
    )
    expect($$(el, 'figcaption .key')).toHaveLength(2)
  })

  it('records each completion on this device, without any notes in the event', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    const details: unknown[] = []
    el.addEventListener('secure-base-complete', (e) => details.push(e.detail))
    await userEvent.click($(el, 'fieldset[data-item="av-1"] input[value="seen"]')!)
    await userEvent.fill($(el, 'fieldset[data-item="av-1"] textarea')!, 'a private note')
    await userEvent.click($(el, '[data-action="summary"]')!)
    expect(details).toHaveLength(1)
    expect(JSON.stringify(details)).not.toContain('private')
    await expect.poll(() => JSON.parse(localStorage.getItem(KEY) ?? '{}').completions?.length).toBe(1)
    const [completion] = JSON.parse(localStorage.getItem(KEY)!).completions
    expect(completion.counts.availability).toEqual({ seen: 1, notYet: 0, notSure: 0, unanswered: 2 })
    expect(JSON.stringify(completion)).not.toContain('private')
  })

  it('prints the summary and every answer, black on white, without buttons', async () => {
    seed()
    const el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click($(el, '[data-action="summary"]')!)
    const printOnly = $(el, '.print-only')!
    expect(getComputedStyle(printOnly).display).toBe('none')
    expect(printOnly.textContent).toContain('private words about the child')
    // Printing is a matter of print styles; the Print button only opens the browser's dialog.
    expect($(el, '[data-action="print"]')).not.toBeNull()
    const sheet = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules])
    const print = sheet.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
    const printCss = print.map((r) => r.cssText).join('\n')
    expect(printCss).toMatch(/\.actions[^{]*\{[^}]*display: none/)
    expect(printCss).toMatch(/\.print-only \{[^}]*display: block/)
    expect(printCss).toMatch(/--_sb-surface: #ffffff/)
    expect(printCss).toMatch(/--_sb-text: #000000/)
  })

  it('prints black on white also when the widget or the system is in dark mode', async () => {
    try {
      for (const [theme, scheme] of [
        ['dark', 'light'],
        [null, 'dark'],
      ] as const) {
        await commands.emulatePrint(false, scheme)
        const el = await mount({ inline: fixture })
        if (theme) el.setAttribute('theme', theme)
        await whenReady(el)
        const title = $(el, '[part~="title"]')!
        expect(getComputedStyle(title).color).not.toBe('rgb(0, 0, 0)')
        await commands.emulatePrint(true, scheme)
        expect(getComputedStyle(title).color).toBe('rgb(0, 0, 0)')
        expect(getComputedStyle(el).backgroundColor).toBe('rgb(255, 255, 255)')
        expect(getComputedStyle(el).colorScheme).toBe('light')
        cleanUp()
      }
    } finally {
      await commands.emulatePrint(false, null)
    }
  })

  it('breaks a long unbroken note inside its print column', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    const link = `https://example.org/?ref=${'0123456789abcdef'.repeat(16)}`
    await userEvent.fill($(el, 'fieldset[data-item="av-1"] textarea')!, link)
    await userEvent.click($(el, '[data-action="summary"]')!)
    try {
      await commands.emulatePrint(true, null)
      const answers = $(el, '.print-only')!
      const note = [...answers.querySelectorAll('dd')].find((dd) => dd.textContent.includes(link))!
      // Columns sit side by side, so a note that did not wrap would reach past the edge of its own.
      const columnWidth = (answers.clientWidth - parseFloat(getComputedStyle(answers).columnGap)) / 2
      expect(note.getBoundingClientRect().width).toBeLessThanOrEqual(columnWidth + 1)
      expect(note.scrollWidth).toBeLessThanOrEqual(note.clientWidth)
    } finally {
      await commands.emulatePrint(false, null)
    }
  })

  it('does not say every question was answered “seen” when questions are still unanswered', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click($(el, '[data-action="summary"]')!)
    const first = $(el, '.summary-section')!
    expect(first.textContent).not.toContain('answered “seen”')
    expect(first.textContent).toContain('Not answered: 3')
  })
})
