/**
 * Runs inside the benchmark page. Timing happens here, with the page's own clock, so the round trips
 * between Playwright and Chromium never end up in a figure.
 */
import { afterPaint, deepActive, nextTask } from './frames'

export interface InteractiveTiming {
  /** From the moment the page evaluates the widgets module to a radio that takes focus. */
  interactive: number
  /** Until the element's `updateComplete` settles: every question built, not only the first screenful. */
  complete: number
  radios: number
}

export interface AnswerTiming {
  /** From the click on an answer to the widget's progress event. */
  progress: number
  /** From the click to the frame that shows the new progress. */
  painted: number
  answered: number
}

const RADIO = 'input[type="radio"], [role="radio"]'

/** Every radio in the document, looking through open shadow roots the way a screen reader does. */
const radios = (): HTMLElement[] => deepAll<HTMLElement>(RADIO)

/** Every element matching `selector`, through open shadow roots. */
const deepAll = <E extends Element>(selector: string, root: Document | ShadowRoot = document, found: E[] = []): E[] => {
  for (const el of root.querySelectorAll<E>('*')) {
    if (el.matches(selector)) found.push(el)
    if (el.shadowRoot) deepAll(selector, el.shadowRoot, found)
  }
  return found
}

/** A radio that answers a question, not one of the dimension ratings (those sit in other fieldsets). */
const itemRadio = (): HTMLElement | undefined => {
  const all = radios()
  return all.find((r) => r.closest('[part~="item"]')) ?? all[0]
}

const TIMEOUT_MS = 10_000

const waitFor = async <T>(check: () => T | null | undefined | false, what: string): Promise<T> => {
  const deadline = performance.now() + TIMEOUT_MS
  for (;;) {
    const value = check()
    if (value) return value
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await nextTask()
  }
}

const focusable = (): HTMLElement | null => {
  const first = radios()[0]
  if (!first) return null
  first.focus()
  return deepActive() === first ? first : null
}

const interactive = async (moduleUrl: string): Promise<InteractiveTiming> => {
  const start = performance.now()
  await import(moduleUrl)
  if (!customElements.get('secure-base-checklist'))
    throw new Error(`${moduleUrl} ran but registered no <secure-base-checklist> element`)
  await waitFor(focusable, 'a focusable radio in the checklist')
  const ready = performance.now()
  await (document.querySelector('secure-base-checklist') as Element & { updateComplete: Promise<unknown> })
    .updateComplete
  const complete = performance.now()
  return { interactive: ready - start, complete: complete - start, radios: radios().length }
}

const answerOne = async (): Promise<AnswerTiming> => {
  const radio = await waitFor(itemRadio, 'a radio to answer')
  let progressAt = 0
  let answered = -1
  document.addEventListener(
    'secure-base-progress',
    (event) => {
      progressAt = performance.now()
      answered = (event as CustomEvent<{ answered: number }>).detail.answered
    },
    { once: true },
  )
  const start = performance.now()
  radio.click()
  await waitFor(() => progressAt > 0, 'the secure-base-progress event')
  const painted = await afterPaint()
  // The figure only counts if the visible indicator moved too.
  const shown = deepAll<HTMLProgressElement>('progress').map((p) => p.value)
  if (shown.length && !shown.includes(1))
    throw new Error(`the progress indicator shows ${shown.join(', ')} after one answer`)
  return { progress: progressAt - start, painted: painted - start, answered }
}

declare global {
  interface Window {
    secureBaseBench: { interactive: typeof interactive; answerOne: typeof answerOne }
  }
}

window.secureBaseBench = { interactive, answerOne }
