import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/cycle.en.json'
import '../define/cycle.js'
import type { SelectDetail } from '../internal/events.js'
import type { SecureBaseCycle } from './cycle.js'
import { $, $$, cleanUp, expectAccessible, mount, recordEvents, settled, text } from '../a11y/test-helpers.js'

afterEach(cleanUp)

const mountCycle = async (attributes: Record<string, string> = {}) => {
  const el = await mount<SecureBaseCycle>('secure-base-cycle', { inline: fixture, attributes })
  await settled(el)
  return el
}

const tabs = (el: HTMLElement) => $$<SVGGElement>(el, '[role="tab"]')
const panelHeading = (el: HTMLElement) => text($(el, '[part~="panel"] h3'))
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement

describe('<secure-base-cycle> from inline JSON', () => {
  it('draws the stages in order round a ring of arrows, the child and carer stages told apart by shape and word', async () => {
    const el = await mountCycle()
    expect(text($(el, '[part~="title"]'))).toBe('The caregiving cycle')
    const stages = tabs(el)
    // The accessible name is the visible text, so speech users can say what they see.
    expect(stages.map(text)).toEqual(stages.map((s) => s.getAttribute('aria-label')))
    expect(stages.map((s) => s.getAttribute('aria-label'))).toEqual([
      "Child: The child's needs and behaviour",
      'Carer: What the carer thinks and feels',
      'Carer: What the carer does',
      'Child: What the child thinks and feels',
    ])
    expect(stages.map((s) => s.querySelector('.shape')!.localName)).toEqual(['ellipse', 'rect', 'rect', 'ellipse'])
    expect(stages.map((s) => text(s.querySelector('.actor')))).toEqual(['Child:', 'Carer:', 'Carer:', 'Child:'])
    expect($$(el, '.arrow')).toHaveLength(4)
    expect($$(el, '.centre circle')).toHaveLength(5)
    // The first stage is selected and described until the visitor chooses another.
    expect(stages[0]!.getAttribute('aria-selected')).toBe('true')
    expect(panelHeading(el)).toBe("The child's needs and behaviour")
    expect(text($(el, '[part~="position"]'))).toContain('Stage 1 of 4')
    await expectAccessible(el)
  })

  it('repeats every stage in an ordered list for screen readers', async () => {
    const el = await mountCycle()
    const items = $$(el, '[part~="stage-list"] li').map(text)
    expect(items).toHaveLength(4)
    expect(items[0]).toMatch(/^The child's needs and behaviour \(Child\): What the child does/)
    expect(items[3]).toMatch(/^What the child thinks and feels \(Child\)/)
  })

  it('is one tab stop whose arrow keys move between stages, wrapping round, and Enter or Space selects', async () => {
    const el = await mountCycle()
    const selections = recordEvents<SelectDetail>('secure-base-select')
    // The intro's UEA link comes first in tab order; the ring is the next stop.
    while (!focused(el)?.matches('[role="tab"]')) await userEvent.tab()
    expect(focused(el)).toBe(tabs(el)[0])

    await userEvent.keyboard('{ArrowRight}')
    expect(focused(el)).toBe(tabs(el)[1])
    // Moving focus alone does not change what is shown.
    expect(panelHeading(el)).toBe("The child's needs and behaviour")
    await userEvent.keyboard('{Enter}')
    expect(panelHeading(el)).toBe('What the carer thinks and feels')
    expect(tabs(el)[1]!.getAttribute('aria-selected')).toBe('true')

    await userEvent.keyboard('{End}')
    expect(focused(el)).toBe(tabs(el)[3])
    await userEvent.keyboard(' ')
    expect(panelHeading(el)).toBe('What the child thinks and feels')
    await userEvent.keyboard('{ArrowRight}')
    expect(focused(el)).toBe(tabs(el)[0])
    await userEvent.keyboard('{ArrowLeft}{ArrowUp}')
    expect(focused(el)).toBe(tabs(el)[2])
    await userEvent.keyboard('{Home}')
    expect(focused(el)).toBe(tabs(el)[0])

    expect(selections.details.map((d) => d.stage)).toEqual(['caregiver-thinking', 'child-thinking'])
    expect(selections.details[0]).toEqual({
      kind: 'stage',
      key: 'caregiver-thinking',
      stage: 'caregiver-thinking',
      dimension: null,
    })
    selections.stop()

    // Only one stage is in the tab order, so Tab leaves the ring.
    expect(tabs(el).filter((t) => t.getAttribute('tabindex') === '0')).toHaveLength(1)
    await userEvent.tab()
    expect(focused(el)?.matches('[role="tab"]')).toBe(false)
    await expectAccessible(el)
  })

  it('selects a stage by pointer and steps round the loop with the previous and next buttons', async () => {
    const el = await mountCycle()
    await userEvent.click(tabs(el)[2]!)
    expect(panelHeading(el)).toBe('What the carer does')
    expect(el.getAttribute('stage')).toBe('caregiver-behaviour')
    const [previous, next] = $$<HTMLButtonElement>(el, '[part~="panel"] .controls button')
    await userEvent.click(next!)
    await userEvent.click(next!)
    // Past the last stage the cycle begins again.
    expect(panelHeading(el)).toBe("The child's needs and behaviour")
    await userEvent.click(previous!)
    expect(panelHeading(el)).toBe('What the child thinks and feels')
  })

  it('walks a dimension through the stages when given one', async () => {
    const el = await mountCycle({ dimension: 'availability' })
    const step = () => text($(el, '[part~="dimension-step"]'))
    expect(step()).toBe(
      'Availability at this stage The child needs to know an adult will be there, and may test it by clinging or by pushing away.',
    )
    expect(text($(el, '.centre'))).toContain('Availability')
    const next = $$<HTMLButtonElement>(el, '[part~="panel"] .controls button')[1]!
    await userEvent.click(next)
    expect(step()).toContain('keeps the child in mind, also when apart')
    await userEvent.click(next)
    expect(step()).toContain('keeps promises')
    expect($$(el, '[role="tab"] circle')).toHaveLength(4)
    await expectAccessible(el)

    const selections = recordEvents<SelectDetail>('secure-base-select')
    await userEvent.selectOptions($<HTMLSelectElement>(el, '[part~="dimension-picker"]')!, 'sensitivity')
    expect(el.getAttribute('dimension')).toBe('sensitivity')
    expect(step()).toContain('puts the feeling into words')
    expect(selections.details).toEqual([
      { kind: 'stage', key: 'caregiver-behaviour', stage: 'caregiver-behaviour', dimension: 'sensitivity' },
    ])
    selections.stop()

    await userEvent.selectOptions($<HTMLSelectElement>(el, '[part~="dimension-picker"]')!, '')
    expect(el.hasAttribute('dimension')).toBe(false)
    expect($(el, '[part~="dimension-step"]')).toBeNull()
  })

  it('says so when the dimension asked for is not in the cycle', async () => {
    const el = await mountCycle({ dimension: 'team-membership' })
    expect(text($(el, '[part~="status"]'))).toContain('no steps for the dimension "team-membership"')
    expect($(el, '[part~="dimension-step"]')).toBeNull()
    await expectAccessible(el)
  })

  it('swaps the left and right arrow keys on a right-to-left page', async () => {
    const page = document.createElement('div')
    page.dir = 'rtl'
    document.body.append(page)
    const el = await mount<SecureBaseCycle>('secure-base-cycle', { inline: fixture, parent: page })
    await settled(el)
    tabs(el)[0]!.focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(focused(el)).toBe(tabs(el)[1])
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(focused(el)).toBe(tabs(el)[3])
    expect($(el, 'div[dir]')!.getAttribute('dir')).toBe('rtl')
    await expectAccessible(el)
  })

  it('opens on the stage named by the stage attribute, with that stage as the tab stop', async () => {
    const el = await mountCycle({ stage: 'child-thinking' })
    expect(panelHeading(el)).toBe('What the child thinks and feels')
    expect(tabs(el)[3]!.getAttribute('tabindex')).toBe('0')
  })
})
