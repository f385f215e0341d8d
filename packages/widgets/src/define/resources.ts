// First, so that it runs before Lit and can explain a page's Trusted Types policy refusing Lit's.
import '../internal/trusted-types.js'
import { SecureBaseResources } from '../resources/resources.js'

// Guarded, because an agency page may include the script twice (two embeds, a CMS plugin and a hand-written tag).
if (!customElements.get('secure-base-resources')) customElements.define('secure-base-resources', SecureBaseResources)

declare global {
  interface HTMLElementTagNameMap {
    'secure-base-resources': SecureBaseResources
  }
}

export { SecureBaseResources }
