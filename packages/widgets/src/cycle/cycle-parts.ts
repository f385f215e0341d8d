import { html, nothing, svg } from 'lit'
import type { CaregivingCycle, CycleStage } from '@secure-base/content'
import type { LocaleController } from '../internal/locale-controller.js'
import { nodePositions } from '../internal/geometry.js'

export type WalkedDimension = CaregivingCycle['dimensions'][number]

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

/** The key to the stage shapes; hidden from screen readers, which hear "Child" or "Carer" in each stage's name. */
export const renderLegend = (i18n: LocaleController) =>
  html`<ul class="legend" aria-hidden="true">
    <li>
      <svg viewBox="0 0 24 14">
        <g class="stage" data-actor="child"><ellipse class="shape" cx="12" cy="7" rx="11" ry="6"></ellipse></g></svg
      >${i18n.t('diagrams.cycle.actor.child')}
    </li>
    <li>
      <svg viewBox="0 0 24 14">
        <g class="stage" data-actor="caregiver">
          <rect class="shape" x="1" y="1" width="22" height="12" rx="2"></rect>
        </g></svg
      >${i18n.t('diagrams.cycle.actor.caregiver')}
    </li>
  </ul>`

/** The whole cycle as an ordered list, read in one go by screen readers. */
export const renderStageList = (i18n: LocaleController, stages: CycleStage[], walked: WalkedDimension | undefined) =>
  html`<div class="sb-visually-hidden">
    <h3 id="list-heading">${i18n.t('diagrams.cycle.list')}</h3>
    <ol part="stage-list" aria-labelledby="list-heading">
      ${stages.map((stage) => {
        const step = walked?.steps.find((s) => s.stage === stage.key)
        return html`<li>
          <bdi>${stage.label}</bdi> (${i18n.t(`diagrams.cycle.actor.${stage.actor}`)}): <bdi>${stage.explanation}</bdi>
          ${walked && step ? html` <bdi>${walked.dimension.name}</bdi>: <bdi>${step.text}</bdi>` : nothing}
        </li>`
      })}
    </ol>
    <p>${i18n.t('diagrams.cycle.loop')}</p>
  </div>`
