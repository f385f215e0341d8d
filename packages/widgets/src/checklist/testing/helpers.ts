import { expect } from 'vitest'
import type { ChecklistResponse } from '@secure-base/content'
import '../../define/checklist.js'
import type { SecureBaseChecklist } from '../checklist.js'
import type { SavedAnswers } from '../checklist-model.js'
import { $, $$, mount as mountElement, type MountOptions } from '../../a11y/test-helpers.js'

/** Shared set-up for the checklist's browser tests: mounting, waiting for states, and axe. */

export { $, $$, expectAccessible, whenError } from '../../a11y/test-helpers.js'

export const mount = (options: MountOptions = {}) => mountElement<SecureBaseChecklist>('secure-base-checklist', options)

export const whenReady = async (el: HTMLElement) => {
  await expect.poll(() => $(el, '[part~="title"]') ?? $(el, '[part~="error"]'), { timeout: 5000 }).toBeTruthy()
  await (el as SecureBaseChecklist).updateComplete
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

/**
 * Saved answers in the file format a visitor's browser keeps and exports, with nothing answered
 * unless the test says so. The format's name is spelt out so that renaming it fails the tests.
 */
type SavedFields = Pick<SavedAnswers, 'checklist' | 'version' | 'savedAt'> & Partial<SavedAnswers>

export const savedFile = (saved: SavedFields): SavedAnswers => ({
  format: 'secure-base-checklist-answers',
  formatVersion: 1,
  answers: {},
  ratings: {},
  completions: [],
  ...saved,
})

/** Answers a visitor saved on this device earlier, under the checklist's storage key. */
export const storeAnswers = (key: string, saved: SavedFields) =>
  localStorage.setItem(key, JSON.stringify(savedFile(saved)))
