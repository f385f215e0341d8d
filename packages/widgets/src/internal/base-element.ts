import { LitElement, html, type CSSResultGroup, type PropertyDeclarations, type TemplateResult } from 'lit'
import type { SecureBaseEventMap } from './events.js'
import { LocaleController } from './locale-controller.js'
import { baseStyles } from './base-styles.js'
import { ContrastController } from './contrast.js'

/**
 * What every Secure Base widget shares: the theming tokens, the CMS origin, a per-element UI
 * locale, typed events and a polite live region for announcements. The tags below hold for every
 * widget; a widget that documents one of them again says what it means there.
 *
 * @attr {string} lang - UI and content language (`en` or `cy`); otherwise the nearest ancestor's `lang`.
 *
 * @fires {CustomEvent<LoadDetail>} secure-base-load - The content loaded or failed: `{ status, kind? }`.
 *
 * @csspart error - The error message.
 * @csspart retry-button - The error's retry button.
 * @csspart fallback-notice - Shown when some text is in English for want of a translation.
 *
 * @cssprop --secure-base-font - Font family; the host page's font by default.
 * @cssprop --secure-base-surface - Background.
 * @cssprop --secure-base-text-muted - Secondary text.
 * @cssprop --secure-base-radius - Corner radius.
 * @cssprop --secure-base-focus-ring - The keyboard focus outline.
 * @cssprop --secure-base-danger - Error accents.
 */
export class SecureBaseElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles

  // Declared here rather than with decorators, so the decorator runtime stays out of the bundle. Internal
  // state is `attribute: false` (what Lit turns `state: true` into) because the manifest analyzer reads
  // `state` as an attribute.
  static override properties: PropertyDeclarations = {
    api: {},
    theme: { reflect: true },
    timeout: { type: Number },
    announcement: { attribute: false },
  }

  /** The CMS origin the content comes from, e.g. `https://cms.example.org`. Without it, inline JSON is read. */
  declare api?: string

  /** Forces a colour scheme instead of the visitor's preference. */
  declare theme?: 'light' | 'dark'

  /**
   * How long to wait for the content, in milliseconds (10000 by default), before showing the error
   * state with its retry button.
   */
  declare timeout?: number

  /** The element's UI language, text direction and formatters. */
  readonly i18n = new LocaleController(this)

  /** Replaces text colours from the page's palette that would not read on their background. */
  private readonly __contrast = new ContrastController(this)

  /** The latest polite announcement; rendered into the live region by `renderLiveRegion()`. */
  protected announcement = ''

  protected emit<K extends keyof SecureBaseEventMap>(name: K, detail: SecureBaseEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  /** Announce a change to screen-reader users without moving focus. */
  protected announce(message: string): void {
    // Re-announcing the same words needs the text to change, so clear it for one frame first.
    if (message === this.announcement) {
      this.announcement = ''
      requestAnimationFrame(() => (this.announcement = message))
    } else {
      this.announcement = message
    }
  }

  /** The live region must stay in the DOM from the first render on, or screen readers miss its first change. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="sb-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.announcement}
    </div>`
  }
}
