import axe from 'axe-core'
import { expect } from 'vitest'
import type { ChecklistResponse } from '@secure-base/content'
import '../../define/checklist.js'
import type { SecureBaseChecklist } from '../checklist.js'

/** Shared set-up for the checklist's browser tests: mounting, waiting for states, and axe. */

export interface MountOptions {
  inline?: unknown
  attributes?: Record<string, string>
  parent?: HTMLElement
}

export const mount = async ({ inline, attributes = {}, parent = document.body }: MountOptions = {}) => {
  const el = document.createElement('secure-base-checklist') as SecureBaseChecklist
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value)
  if (inline !== undefined) {
    const script = document.createElement('script')
    script.type = 'application/json'
    script.textContent = typeof inline === 'string' ? inline : JSON.stringify(inline)
    el.append(script)
  }
  parent.append(el)
  await el.updateComplete
  return el
}

export const root = (el: HTMLElement) => el.shadowRoot!

export const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)

export const $$ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
]

export const whenReady = async (el: HTMLElement) => {
  await expect.poll(() => $(el, '[part~="title"]') ?? $(el, '[part~="error"]'), { timeout: 5000 }).toBeTruthy()
  await (el as SecureBaseChecklist).updateComplete
}

export const whenError = async (el: HTMLElement) => {
  await expect.poll(() => $(el, '[part~="error"]'), { timeout: 5000 }).toBeTruthy()
}

/** Runs axe over the element's shadow tree and fails with the rule ids and targets it found. */
export const expectAccessible = async (el: HTMLElement) => {
  const result = await axe.run(el, { resultTypes: ['violations'] })
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  expect(found).toEqual([])
}

/** The status radio of a question, found by the question's item id. */
export const statusRadio = (el: HTMLElement, itemId: string, status: 'seen' | 'not-yet' | 'not-sure') =>
  $<HTMLInputElement>(el, `fieldset[data-item="${itemId}"] input[value="${status}"]`)!

export const ratingRadio = (el: HTMLElement, key: string, value: number | null) => {
  const radios = $$<HTMLInputElement>(el, `fieldset[data-rating="${key}"] input[type="radio"]`)
  return value === null ? radios[0]! : radios[value + 1]!
}

export const clone = (fixture: ChecklistResponse): ChecklistResponse => structuredClone(fixture)

export const cleanUp = () => {
  document.body.replaceChildren()
  localStorage.clear()
}
