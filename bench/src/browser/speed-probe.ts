/**
 * Inlined first in the head of every page the speed bench times from navigation: the floor, ours and
 * the peer carry the same probe, so whatever it costs, each pays it alike. Times are on the page's
 * own clock, whose zero is the start of the navigation, so no Playwright round trip is in a figure.
 *
 * It looks when radios are inserted (a mutation observer on the radios' root, so the moment the
 * parser or a render puts them in) and nowhere else, so it costs the page under test little: first
 * for a radio that takes focus, then for every radio of the form. Once per task it only finds the
 * root (the widget's shadow root appears without a mutation) and tries again to focus a radio that
 * was there but could not take focus yet.
 */
import { afterPaint, deepActive, nextTask } from './frames'

export interface LoadTiming {
  /** From navigation to the first radio taking focus: the form can be answered. */
  firstRadio: number
  /** From navigation to every radio of the form being in the document. */
  wholeForm: number
  radios: number
}

export interface AnswerTiming {
  /** From the click on an answer to the first check that finds the answered count shown. */
  shown: number
  /** From the click to just after the frame that shows it. */
  painted: number
  answered: number
}

type Subject = 'floor' | 'ours' | 'peer'

const TIMEOUT_MS = 20_000
const RADIO = 'input[type="radio"]'
const subject = document.documentElement.dataset.subject as Subject
const expected = Number(document.documentElement.dataset.radios)

/** Where the radios appear: the widget's shadow root, or the document itself. */
const root = (): ParentNode | null =>
  subject === 'ours' ? (document.querySelector('secure-base-checklist')?.shadowRoot ?? null) : document

const waitFor = async <T>(check: () => T | null | undefined | false, what: string): Promise<T> => {
  const deadline = performance.now() + TIMEOUT_MS
  for (;;) {
    const value = check()
    if (value) return value
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what} (${subject})`)
    await nextTask()
  }
}

/** Whether a radio takes focus, which needs its style and layout to be known. */
const takesFocus = (radio: HTMLInputElement): boolean => {
  radio.focus()
  return deepActive() === radio
}

const insertsRadio = (records: MutationRecord[]): boolean =>
  records.some((record) =>
    [...record.addedNodes].some(
      (node) => node instanceof Element && (node.matches(RADIO) || node.querySelector(RADIO) !== null),
    ),
  )

const load = (): Promise<LoadTiming> =>
  new Promise((resolve, reject) => {
    let firstRadio = 0
    let finished = false
    /** A radio was there but could not take focus yet. */
    let retry = false
    const observers = new Map<ParentNode, MutationObserver>()
    const finish = () => {
      finished = true
      for (const observer of observers.values()) observer.disconnect()
    }
    const check = (within: ParentNode) => {
      if (finished) return
      if (!firstRadio) {
        const first = within.querySelector<HTMLInputElement>(RADIO)
        retry = first !== null && !takesFocus(first)
        if (!first || retry) return
        firstRadio = performance.now()
      }
      const radios = within.querySelectorAll(RADIO).length
      if (radios < expected) return
      finish()
      resolve({ firstRadio, wholeForm: performance.now(), radios })
    }
    const watch = () => {
      const within = root()
      if (!within || finished) return
      if (!observers.has(within)) {
        const observer = new MutationObserver((records) => insertsRadio(records) && check(within))
        observers.set(within, observer)
        observer.observe(within, { childList: true, subtree: true })
        check(within)
      } else if (retry) check(within)
    }
    watch()
    void waitFor(() => (watch(), finished), `a focusable radio, then all ${expected} radios`).catch(
      (error: unknown) => {
        finish()
        reject(error)
      },
    )
  })

/** The answered count the page shows: the widget's progress bar, or SurveyJS's "Answered n/m questions". */
const answeredShown = (): number | null => {
  if (subject === 'ours') return root()?.querySelector('progress')?.value ?? null
  const text = document.querySelector('.sd-progress__text')?.textContent ?? ''
  const match = /(\d+)\s*\/\s*\d+/.exec(text)
  return match ? Number(match[1]) : null
}

const answerOne = async (): Promise<AnswerTiming> => {
  if (subject === 'floor') throw new Error('the floor has no script to count answers')
  const radio = root()!.querySelector<HTMLInputElement>(RADIO)!
  if (answeredShown() !== 0) throw new Error(`before any answer the page shows ${answeredShown()} answered`)
  const start = performance.now()
  radio.click()
  const shownAt = await waitFor(() => answeredShown() === 1 && performance.now(), 'the answered count to show 1')
  const painted = await afterPaint()
  return { shown: shownAt - start, painted: painted - start, answered: answeredShown()! }
}

declare global {
  interface Window {
    secureBaseSpeed: { loaded: Promise<LoadTiming>; answerOne: typeof answerOne }
  }
}

window.secureBaseSpeed = { loaded: load(), answerOne }
