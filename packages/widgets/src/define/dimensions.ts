// First, so that it runs before Lit and can explain a page's Trusted Types policy refusing Lit's.
import '../internal/trusted-types.js'
import { SecureBaseDimensions } from '../dimensions/dimensions.js'

// Guarded, because an agency page may include the script twice (two embeds, a CMS plugin and a hand-written tag).
if (!customElements.get('secure-base-dimensions')) customElements.define('secure-base-dimensions', SecureBaseDimensions)

declare global {
  interface HTMLElementTagNameMap {
    'secure-base-dimensions': SecureBaseDimensions
  }
}

export { SecureBaseDimensions }
