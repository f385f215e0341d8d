import type { DimensionSlug } from '@secure-base/content'

/**
 * Every event a Secure Base widget dispatches, with its detail. Details carry counts, ratings and
 * selections only: what a visitor writes about a child never leaves the widget, not even to the
 * host page.
 */

export type AnswerStatus = 'seen' | 'not-yet' | 'not-sure'

export interface DimensionCounts {
  seen: number
  notYet: number
  notSure: number
  unanswered: number
}

/** A rating key is a dimension slug, or `dimension/part` when the dimension is rated in parts. */
export type Ratings = Record<string, number | null>

export interface ChecklistProgressDetail {
  checklist: string
  answered: number
  total: number
  ratingsGiven: number
}

export interface ChecklistCompleteDetail {
  checklist: string
  version: string
  counts: Partial<Record<DimensionSlug, DimensionCounts>>
  ratings: Ratings
}

export interface SelectDetail {
  /** What was selected: a caregiving-cycle stage key or a dimension slug. */
  kind: 'stage' | 'dimension'
  key: string
  /** The cycle's selected stage key (cycle events only). */
  stage?: string
  /** The dimension selected, or walked through the cycle; null when the cycle walks none. */
  dimension?: string | null
}

export interface FilterDetail {
  dimension: string | null
  setting: string | null
  language: string | null
  count: number
}

export interface LoadDetail {
  status: 'ready' | 'error'
  /**
   * Why it failed: `network` (offline, or the CMS unreachable), `not-allowed` (the CMS answers, but
   * not to this page's origin), `timeout`, `http`, `not-found`, `invalid` (content that breaks the
   * contract), or `trusted-types` (the page's Content-Security-Policy refuses Lit's policy).
   */
  kind?: 'network' | 'not-allowed' | 'timeout' | 'http' | 'not-found' | 'invalid' | 'trusted-types'
}

export interface SecureBaseEventMap {
  'secure-base-progress': ChecklistProgressDetail
  'secure-base-complete': ChecklistCompleteDetail
  'secure-base-select': SelectDetail
  'secure-base-filter': FilterDetail
  'secure-base-load': LoadDetail
}

type AsCustomEvents<M> = { [K in keyof M]: CustomEvent<M[K]> }

declare global {
  interface HTMLElementEventMap extends AsCustomEvents<SecureBaseEventMap> {}
}
