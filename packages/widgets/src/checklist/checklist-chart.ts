import { html, nothing, svg, type TemplateResult } from 'lit'
import type { Checklist } from '@secure-base/content'
import type { Ratings } from '../internal/events.js'
import type { LocaleController } from '../internal/locale-controller.js'
import { gridRing, labelBox, radarPoints, toPointsAttribute, type RadarFrame, type ViewBox } from '../internal/chart.js'
import { chartValue } from './checklist-model.js'

/** The star chart of the dimension ratings, this time and (dashed) the time before. */

export const CHART_FRAME: RadarFrame = { cx: 200, cy: 150, radius: 100, max: 10 }
const RINGS = [2, 4, 6, 8, 10]
// Room round the chart for names of up to three lines on each side.
const VIEW: ViewBox = { x: -50, y: -24, width: 500, height: 340 }
const LABEL_LINE = 14

export interface ChartInput {
  i18n: LocaleController
  checklist: Checklist
  /** The answers in hand; only their ratings are drawn. */
  set: { ratings: Ratings }
  previous?: { ratings: Ratings; date: string } | undefined
}

export const chartValues = (checklist: Checklist, ratings: Ratings) =>
  checklist.sections.map((s) => chartValue(s, ratings))

export const renderChart = ({
  i18n,
  checklist,
  set: { ratings },
  previous,
}: ChartInput): TemplateResult | typeof nothing => {
  const sections = checklist.sections
  if (sections.length < 3) return nothing
  const count = sections.length
  const values = chartValues(checklist, ratings)
  const described = i18n.formatList(
    sections.map(
      (s, i) =>
        `${s.dimension.name} ${values[i] === null ? i18n.t('checklist.summary.notRated') : i18n.formatNumber(values[i]!)}`,
    ),
  )
  // Each axis runs from the centre to its corner of the outermost ring.
  const axes = gridRing(CHART_FRAME, count, CHART_FRAME.max).map(
    (end) => svg`<line class="axis" x1=${CHART_FRAME.cx} y1=${CHART_FRAME.cy} x2=${end.x} y2=${end.y}></line>`,
  )
  // HTML inside the drawing, as in the cycle: a long name wraps within its box instead of being cut off at the edge.
  const labels = sections.map((s, i) => {
    const box = labelBox(CHART_FRAME, i, count, VIEW, LABEL_LINE)
    return svg`<foreignObject x=${box.x} y=${box.y} width=${box.width} height=${box.height}>
      <div class="label" data-anchor=${box.anchor} data-align=${box.align} dir="auto">${s.dimension.name}</div>
    </foreignObject>`
  })
  const points = radarPoints(CHART_FRAME, values)
  const dots = points.map(
    (p, i) => svg`<circle class="dot" cx=${p.x} cy=${p.y} r="4" fill=${sections[i]!.dimension.colour}></circle>`,
  )
  const before = previous ? radarPoints(CHART_FRAME, chartValues(checklist, previous.ratings)) : null
  return html`<figure class="chart" part="chart">
    <svg
      viewBox="${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}"
      role="img"
      aria-labelledby="chart-title chart-desc"
      focusable="false"
    >
      <title id="chart-title">${i18n.t('checklist.chart.title')}</title>
      <desc id="chart-desc">${i18n.t('checklist.chart.description', { values: described })}</desc>
      ${RINGS.map((level) => svg`<polygon class="ring" points=${toPointsAttribute(gridRing(CHART_FRAME, count, level))}></polygon>`)}
      ${axes}
      ${
        before
          ? svg`<polygon class="previous" data-series="previous" points=${toPointsAttribute(before)}></polygon>`
          : nothing
      }
      <polygon class="current" data-series="current" points=${toPointsAttribute(points)}></polygon>
      ${dots} ${labels}
    </svg>
    <figcaption>
      <span class="key key-current">${i18n.t('checklist.chart.current')}</span>
      ${
        previous
          ? html`<span class="key key-previous"
              >${i18n.t('checklist.chart.previous', { date: i18n.formatDate(previous.date) })}</span
            >`
          : nothing
      }
    </figcaption>
  </figure>`
}
