/**
 * Added to the partner page before any of its own scripts (through the DevTools protocol, which the
 * page's CSP does not govern) for the phone-profile row: when did the checklist's first answer take
 * focus, on the page's own clock (zero is the start of the navigation)? Until the checklist has its
 * shadow root it looks every 10 ms; then it looks whenever the widget inserts something there (a
 * mutation observer, so the moment a render puts the radios in), which costs the page nothing else.
 */
import { deepActive } from './frames'

const TIMEOUT_MS = 60_000
const POLL_MS = 10

const firstAnswer = (): Promise<number> =>
  new Promise((resolve, reject) => {
    let observed: ShadowRoot | null = null
    let observer: MutationObserver | undefined
    let found = 0
    const check = () => {
      if (found) return
      const root = document.querySelector('secure-base-checklist')?.shadowRoot ?? null
      if (!root) return
      if (root !== observed) {
        observer?.disconnect()
        observed = root
        observer = new MutationObserver(check)
        observer.observe(root, { childList: true, subtree: true })
      }
      const radio = root.querySelector<HTMLInputElement>('input[type="radio"]')
      if (!radio) return
      radio.focus({ preventScroll: true })
      if (deepActive() !== radio) return
      found = performance.now()
      observer?.disconnect()
      resolve(found)
    }
    const poll = () => {
      check()
      if (found) return
      if (performance.now() > TIMEOUT_MS) reject(new Error('the checklist had no answer that takes focus within 60 s'))
      else setTimeout(poll, POLL_MS)
    }
    poll()
  })

declare global {
  interface Window {
    secureBasePhone: Promise<number>
  }
}

window.secureBasePhone = firstAnswer()
