import { svg } from 'lit'

/**
 * A dot in a dimension's colour. The colour comes from the content, and an SVG `fill` attribute
 * carries it where an inline style would be refused by a partner page's `style-src 'self'`.
 */
export const dimensionSwatch = (colour: string) =>
  svg`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill=${colour}></circle></svg>`
