// First, so that it runs before Lit and can explain a page's Trusted Types policy refusing Lit's.
import '../internal/trusted-types.js'
import { SecureBaseCycle } from '../cycle/cycle.js'

// Guarded, because an agency page may include the script twice (two embeds, a CMS plugin and a hand-written tag).
if (!customElements.get('secure-base-cycle')) customElements.define('secure-base-cycle', SecureBaseCycle)

declare global {
  interface HTMLElementTagNameMap {
    'secure-base-cycle': SecureBaseCycle
  }
}

export { SecureBaseCycle }
