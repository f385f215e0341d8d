import axe from 'axe-core'
import { expect, inject } from 'vitest'
import type { LitElement } from 'lit'

/** Shared set-up for the diagram widgets' browser tests. */

export interface MountOptions {
  /** Parsed JSON or raw text for an inline `<script type="application/json">` child. */
  inline?: unknown
  attributes?: Record<string, string>
  parent?: HTMLElement
}

export const mount = async <E extends LitElement>(
  tag: string,
  { inline, attributes = {}, parent = document.body }: MountOptions = {},
) => {
  const el = document.createElement(tag) as E
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

/** The fixture server's origin, optionally behind a failure scenario such as `status/500`. */
export const api = (scenario?: string) =>
  scenario ? `${inject('fixtureServer')}/${scenario}` : inject('fixtureServer')

export const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)

export const $$ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
]

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** Waits until the element has left its loading state (content or an error is showing). */
export const settled = async (el: LitElement) => {
  await expect
    .poll(() => !!el.shadowRoot?.firstElementChild && !$(el, '[aria-busy="true"]'), { timeout: 5000 })
    .toBe(true)
  await el.updateComplete
}

export const whenError = async (el: LitElement) => {
  await expect.poll(() => $(el, '[part~="error"]'), { timeout: 5000 }).toBeTruthy()
  await el.updateComplete
}

/** Runs axe over the element, shadow tree included, and fails listing each rule and target it broke. */
export const expectAccessible = async (el: HTMLElement) => {
  // Parts far off screen skip rendering until scrolled to (`content-visibility: auto`), and axe
  // reads colour contrast from rendered boxes, so lay everything out first, as scrolling would.
  const root = el.shadowRoot
  const renderAll = new CSSStyleSheet()
  renderAll.replaceSync('* { content-visibility: visible !important; }')
  root?.adoptedStyleSheets.push(renderAll)
  const result = await axe.run(el, { resultTypes: ['violations'] }).finally(() => {
    if (root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== renderAll)
  })
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  expect(found).toEqual([])
}

/** Collects the detail of every `type` event that reaches the document. */
export const recordEvents = <T>(type: string) => {
  const details: T[] = []
  const listener = (e: Event) => details.push((e as CustomEvent<T>).detail)
  document.addEventListener(type, listener)
  return { details, stop: () => document.removeEventListener(type, listener) }
}

/** Relative luminance of a computed `rgb(...)` colour, to tell a light surface from a dark one. */
export const luminance = (colour: string) => {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export const cleanUp = () => document.body.replaceChildren()
