import { nothing, svg } from 'lit'
import type { CaregivingCycle } from '@secure-base/content'
import type { ContentState } from '../internal/content-controller.js'
import type { LoadDetail } from '../internal/events.js'
import { nodePositions } from './geometry.js'

export type WalkedDimension = CaregivingCycle['dimensions'][number]

/** A dot in a dimension's colour, drawn as SVG so the colour is an attribute and no inline style is needed. */
export const dimensionSwatch = (colour: string) =>
  svg`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill=${colour}></circle></svg>`

/**
 * The five dimensions at the heart of the ring: small overlapping circles, the walked one drawn
 * solid and named, the others faint. Decorative, since the panel and the list carry the meaning.
 */
export const renderCentre = (
  cx: number,
  cy: number,
  dimensions: CaregivingCycle['dimensions'],
  walked: WalkedDimension | undefined,
  caption: string,
) => {
  const spots = nodePositions(dimensions.length, cx, cy - 8, 15)
  return svg`<g class="centre" aria-hidden="true">
    ${dimensions.map(({ dimension }, i) => {
      const active = !walked || walked.dimension.slug === dimension.slug
      return svg`<circle cx=${spots[i]!.x} cy=${spots[i]!.y} r="14" fill=${dimension.colour}
        fill-opacity=${active ? (walked ? 0.9 : 0.45) : 0.12} stroke=${dimension.colour}></circle>`
    })}
    <text x=${cx} y=${cy + 30}>${walked ? walked.dimension.name : caption}</text>
    ${walked ? svg`<text x=${cx} y=${cy + 43}>${walked.dimension.subtitle}</text>` : nothing}
  </g>`
}

/** What `secure-base-load` reports for a content state; nothing while it is still loading. */
export const loadDetail = (state: ContentState<unknown>): LoadDetail | null =>
  state.status === 'ready' ? { status: 'ready' } : state.status === 'error' ? { status: 'error', kind: state.kind } : null
