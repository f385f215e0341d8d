import type { LoadDetail } from './events.js'
import { languageOf, textWhenReady } from './locale-controller.js'

/**
 * Trusted Types. Lit renders templates through a policy it creates, named `lit-html`, as soon as
 * its module runs. A page whose Content-Security-Policy has a `trusted-types` directive that does
 * not name it makes that call throw, which stops the script before any element is defined: the
 * widgets would be blank spaces, with no event for the page and no word for the visitor.
 *
 * This module is the first import of every entry and imports nothing of Lit, so it runs before
 * Lit does. It listens for the browser's report of that refusal and then puts a short note into
 * each widget's light DOM with plain DOM calls (no HTML is parsed, so Trusted Types do not apply),
 * fires `secure-base-load` with the reason, and tells the page's developer which directive to add.
 */

/** The Trusted Types policies the widgets create: Lit's, and no other. */
export const TRUSTED_TYPES_POLICIES = ['lit-html'] as const

/**
 * What a page that enforces Trusted Types adds to its policy. `'allow-duplicates'` lets a second
 * copy of Lit on the page (the script included twice, or the page's own Lit app) create its
 * policy of the same name.
 */
export const TRUSTED_TYPES_DIRECTIVE = `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`

const PREFIX = 'secure-base-'

/** Shared by every copy of the script on the page, so the widgets are explained once. */
const EXPLAINED = Symbol.for('secure-base-widgets.trusted-types-explained')
const page = globalThis as typeof globalThis & { [EXPLAINED]?: true }

/** Widgets on the page that no copy of the script has defined. */
const stranded = (): Element[] =>
  [...document.querySelectorAll(':not(:defined)')].filter((el) => el.localName.startsWith(PREFIX))

const showRefusal = async (element: Element): Promise<void> => {
  const note = document.createElement('p')
  note.dataset.secureBaseFallback = 'trusted-types'
  const { locale, dir } = languageOf(element)
  note.dir = dir
  note.textContent = await textWhenReady(locale, 'common.error.trustedTypes')
  element.prepend(note)
  const detail: LoadDetail = { status: 'error', kind: 'trusted-types' }
  element.dispatchEvent(new CustomEvent('secure-base-load', { detail, bubbles: true, composed: true }))
}

const onViolation = (event: SecurityPolicyViolationEvent): void => {
  const refused =
    event.effectiveDirective === 'trusted-types' &&
    event.disposition === 'enforce' &&
    (TRUSTED_TYPES_POLICIES as readonly string[]).includes(event.sample)
  // Another copy of the script may have defined the elements already; then nothing is lost.
  const elements = refused && !page[EXPLAINED] ? stranded() : []
  if (!elements.length) return
  page[EXPLAINED] = true
  removeEventListener('securitypolicyviolation', onViolation, true)
  console.warn(
    `Secure Base widgets: this page's Content-Security-Policy does not allow the Trusted Types policy the widgets render with. Add this directive to it: ${TRUSTED_TYPES_DIRECTIVE}`,
  )
  for (const element of elements) void showRefusal(element)
}

// Violations of a policy that names no element are dispatched at the document; capturing on the window sees those too.
if ('trustedTypes' in globalThis) addEventListener('securitypolicyviolation', onViolation, true)
