// First, so that it runs before Lit and can explain a page's Trusted Types policy refusing Lit's.
import '../internal/trusted-types.js'
import { SecureBaseChecklist } from '../checklist/checklist.js'

// Guarded, because an agency page may include the script twice (two embeds, a CMS plugin and a hand-written tag).
if (!customElements.get('secure-base-checklist')) customElements.define('secure-base-checklist', SecureBaseChecklist)

declare global {
  interface HTMLElementTagNameMap {
    'secure-base-checklist': SecureBaseChecklist
  }
}

export { SecureBaseChecklist }
