import { html, nothing, svg, type TemplateResult } from 'lit'
import type { Checklist } from '@secure-base/content'
import type { Ratings } from '../internal/events.js'
import type { LocaleController } from '../internal/locale-controller.js'
import { gridRing, labelPosition, radarPoints, toPointsAttribute, type RadarFrame } from '../internal/chart.js'
import { chartValue } from './checklist-model.js'

/** The star chart of the dimension ratings, this time and (dashed) the time before. */

export const CHART_FRAME: RadarFrame = { cx: 200, cy: 150, radius: 100, max: 10 }
const RINGS = [2, 4, 6, 8, 10]

export interface ChartInput {
  i18n: LocaleController
  checklist: Checklist
  /** The answers in hand; only their ratings are drawn. */
  set: { ratings: Ratings }
  previous?: { ratings: Ratings; date: string } | undefined
}

export const chartValues = (checklist: Checklist, ratings: Ratings) => checklist.sections.map((s) => chartValue(s, ratings))

export const renderChart = ({ i18n, checklist, set: { ratings }, previous }: ChartInput): TemplateResult | typeof nothing => {
  const sections = checklist.sections
  if (sections.length < 3) return nothing
  const count = sections.length
  const values = chartValues(checklist, ratings)
  const described = i18n.formatList(
    sections.map((s, i) => `${s.dimension.name} ${values[i] === null ? i18n.t('checklist.summary.notRated') : i18n.formatNumber(values[i]!)}`),
  )
  // Each axis runs from the centre to its corner of the outermost ring.
  const axes = gridRing(CHART_FRAME, count, CHART_FRAME.max).map(
    (end) => svg`<line class="axis" x1=${CHART_FRAME.cx} y1=${CHART_FRAME.cy} x2=${end.x} y2=${end.y}></line>`,
  )
  const labels = sections.map((s, i) => {
    const at = labelPosition(CHART_FRAME, i, count)
    return svg`<text class="label" x=${at.x} y=${at.y} text-anchor=${at.anchor} dominant-baseline="middle">${s.dimension.name}</text>`
  })
  const points = radarPoints(CHART_FRAME, values)
  const dots = points.map(
    (p, i) => svg`<circle class="dot" cx=${p.x} cy=${p.y} r="4" fill=${sections[i]!.dimension.colour}></circle>`,
  )
  const before = previous ? radarPoints(CHART_FRAME, chartValues(checklist, previous.ratings)) : null
  return html`<figure class="chart" part="chart">
    <svg viewBox="-40 0 480 300" role="img" aria-labelledby="chart-title chart-desc" focusable="false">
      <title id="chart-title">${i18n.t('checklist.chart.title')}</title>
      <desc id="chart-desc">${i18n.t('checklist.chart.description', { values: described })}</desc>
      ${RINGS.map((level) => svg`<polygon class="ring" points=${toPointsAttribute(gridRing(CHART_FRAME, count, level))}></polygon>`)}
      ${axes}
      ${before
        ? svg`<polygon class="previous" data-series="previous" points=${toPointsAttribute(before)}></polygon>`
        : nothing}
      <polygon class="current" data-series="current" points=${toPointsAttribute(points)}></polygon>
      ${dots} ${labels}
    </svg>
    <figcaption>
      <span class="key key-current">${i18n.t('checklist.chart.current')}</span>
      ${previous
        ? html`<span class="key key-previous">${i18n.t('checklist.chart.previous', { date: i18n.formatDate(previous.date) })}</span>`
        : nothing}
    </figcaption>
  </figure>`
}
