import { html, nothing, svg, type TemplateResult } from 'lit'
import { CaregivingCycle, type CycleStage } from '@secure-base/content'
import { SecureBaseElement } from '../internal/base-element.js'
import { ContentController } from '../internal/content-controller.js'
import { renderRichText } from '../internal/rich-text.js'
import { dimensionSwatch } from '../internal/swatch.js'
import { renderContent, renderCredit, renderFallbackNotice } from '../internal/states.js'
import { baseStyles } from '../internal/base-styles.js'
import { cycleStyles } from './cycle.styles.js'
import { arrowPath, nodePositions } from '../internal/geometry.js'
import { RovingTabs } from '../internal/roving.js'
import { renderCentre, renderLegend, renderStageList, type WalkedDimension } from './cycle-parts.js'

// The ring of stages is centred in the diagram's view box; each stage is a 128 × 70 shape.
const WIDTH = 420
const HEIGHT = 380
const RING = 128
const NODE_W = 128
const NODE_H = 70
const CX = WIDTH / 2
const CY = HEIGHT / 2

/**
 * The caregiving cycle of the Secure Base model as an interactive ring: the child's needs, what the
 * carer thinks and feels, what the carer does, what the child thinks and feels, and round again,
 * with the five dimensions in the middle.
 *
 * Content comes from an inline `<script type="application/json">` child (the delivery API's
 * `{ meta, data }` envelope or the bare cycle) or from the CMS at `api`. Put an `<ol>` of the
 * stages in the element too: it is what visitors see when the script or its styles cannot load
 * (style it with `secure-base-cycle:not(:defined) ol`), and it disappears once the element upgrades.
 *
 * @tagname secure-base-cycle
 * @summary The caregiving cycle as an interactive, accessible SVG diagram.
 *
 * @attr {string} api - CMS origin to load the cycle from, e.g. `https://cms.example.org`.
 * @attr {string} dimension - A dimension slug (e.g. `availability`) to walk through the stages.
 * @attr {string} stage - The key of the selected stage; the first stage when absent.
 *
 * @fires {CustomEvent<SelectDetail>} secure-base-select - A stage or the walked dimension changed: `{ kind: 'stage', key, stage, dimension }`.
 *
 * @csspart title - The cycle's heading.
 * @csspart diagram - The SVG ring of stages.
 * @csspart panel - The details of the selected stage.
 * @csspart position - "Stage n of m" and whose side of the cycle it is.
 * @csspart dimension-step - The walked dimension's step at the selected stage.
 * @csspart dimension-picker - The control choosing the dimension to walk through.
 * @csspart stage-list - The ordered list of stages for screen readers.
 * @csspart credit - The credit to the model's authors.
 * @csspart status - Loading and empty messages.
 *
 * @cssprop --secure-base-accent - Selection, focus and links.
 * @cssprop --secure-base-accent-contrast - Text on the accent colour.
 * @cssprop --secure-base-surface-raised - Panel background.
 * @cssprop --secure-base-text - Text colour.
 * @cssprop --secure-base-border - Outlines of stages and controls.
 * @cssprop --secure-base-cycle-child - Fill of the child's stages.
 * @cssprop --secure-base-cycle-caregiver - Fill of the carer's stages.
 * @cssprop --secure-base-cycle-arrow - The arrows round the loop.
 */
export class SecureBaseCycle extends SecureBaseElement {
  static override styles = [baseStyles, cycleStyles]
  static override properties = { dimension: { reflect: true }, stage: { reflect: true } }

  declare dimension?: string
  declare stage?: string

  private readonly __loader = new ContentController<CaregivingCycle>(this, {
    schema: CaregivingCycle,
    load: (client, request) => client.cycle(request),
  })

  private __orderedStages(): CycleStage[] {
    const { state } = this.__loader
    return state.status === 'ready' ? [...state.data.stages].sort((a, b) => a.order - b.order) : []
  }

  /** The first stage when none or an unknown one is chosen. */
  private __selectedStageIndex(stages: CycleStage[]): number {
    return Math.max(
      0,
      stages.findIndex((s) => s.key === this.stage),
    )
  }

  private readonly __tabs = new RovingTabs(
    this,
    () => this.__orderedStages().length,
    (index) => {
      const stages = this.__orderedStages()
      const chosen = stages[index]!
      this.stage = chosen.key
      this.announce(this.i18n.t('diagrams.cycle.selected', { label: chosen.label, n: index + 1, total: stages.length }))
      this.emit('secure-base-select', {
        kind: 'stage',
        key: chosen.key,
        stage: chosen.key,
        dimension: this.dimension ?? null,
      })
    },
  )

  private __onDimensionChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value
    this.dimension = value || undefined
    const stages = this.__orderedStages()
    const stage = stages[this.__selectedStageIndex(stages)]
    if (stage)
      this.emit('secure-base-select', {
        kind: 'stage',
        key: stage.key,
        stage: stage.key,
        dimension: this.dimension ?? null,
      })
  }

  override render(): TemplateResult {
    const body = renderContent(this.i18n, this.__loader, (cycle, fallbacks) => this.__renderCycle(cycle, fallbacks))
    return html`<div dir=${this.i18n.dir} lang=${this.i18n.locale}>${body}${this.renderLiveRegion()}</div>`
  }

  private __renderCycle(cycle: CaregivingCycle, fallbacks: readonly string[] | undefined): TemplateResult {
    const stages = this.__orderedStages()
    const selected = this.__selectedStageIndex(stages)
    this.__tabs.sync(this.stage, selected)
    const walked = this.dimension ? cycle.dimensions.find((d) => d.dimension.slug === this.dimension) : undefined
    return html`
      <h2 part="title" dir="auto">${cycle.title}</h2>
      <div class="intro">${renderRichText(cycle.introduction, { headingOffset: 1 })}</div>
      ${renderFallbackNotice(this.i18n, fallbacks)}
      <div class="layout">
        <div>${this.__renderDiagram(stages, selected, walked, cycle)} ${renderLegend(this.i18n)}</div>
        <div>
          ${this.__renderPicker(cycle)}
          ${
            this.dimension && !walked
              ? html`<p part="status" role="status">
                  ${this.i18n.t('diagrams.cycle.dimensionMissing', { dimension: this.dimension })}
                </p>`
              : nothing
          }
          ${this.__renderPanel(stages, selected, walked)}
        </div>
      </div>
      ${renderStageList(this.i18n, stages, walked)} ${renderCredit(this.i18n, this.i18n.t('common.credit'))}
    `
  }

  private __renderDiagram(
    stages: CycleStage[],
    selected: number,
    walked: WalkedDimension | undefined,
    cycle: CaregivingCycle,
  ) {
    const positions = nodePositions(stages.length, CX, CY, RING)
    return html`<svg
      part="diagram"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="tablist"
      aria-label=${this.i18n.t('diagrams.cycle.diagram')}
      @keydown=${this.__tabs.onKeydown}
    >
      <defs aria-hidden="true">
        <marker
          id="head"
          viewBox="0 0 10 10"
          refX="6"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path class="arrow-head" d="M 0 0 L 10 5 L 0 10 z"></path>
        </marker>
      </defs>
      <circle class="ring" aria-hidden="true" cx=${CX} cy=${CY} r=${RING}></circle>
      ${stages.map(
        (_, i) =>
          svg`<path class="arrow" aria-hidden="true" marker-end="url(#head)" d=${arrowPath(i, stages.length, CX, CY, RING)}></path>`,
      )}
      ${renderCentre(CX, CY, cycle.dimensions, walked, this.i18n.t('diagrams.cycle.centre'))}
      ${stages.map((stage, i) => this.__renderStage(stage, i, positions[i]!, i === selected, walked))}
    </svg>`
  }

  private __renderStage(
    stage: CycleStage,
    index: number,
    at: { x: number; y: number },
    selected: boolean,
    walked: WalkedDimension | undefined,
  ) {
    const actor = this.i18n.t(`diagrams.cycle.actor.${stage.actor}`)
    const shape =
      stage.actor === 'child'
        ? svg`<ellipse class="shape" cx=${at.x} cy=${at.y} rx=${NODE_W / 2} ry=${NODE_H / 2}></ellipse>`
        : svg`<rect class="shape" x=${at.x - NODE_W / 2} y=${at.y - NODE_H / 2} width=${NODE_W} height=${NODE_H} rx="4"></rect>`
    return svg`<g
      class="stage"
      role="tab"
      data-index=${index}
      data-actor=${stage.actor}
      id="tab-${stage.key}"
      aria-label="${actor}: ${stage.label}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel"
      tabindex=${this.__tabs.tabIndex(index)}
      @click=${() => this.__tabs.select(index, true)}
    >
      <rect class="focus-ring" x=${at.x - NODE_W / 2 - 6} y=${at.y - NODE_H / 2 - 6} width=${NODE_W + 12} height=${NODE_H + 12} rx="10"></rect>
      ${shape}
      ${walked ? svg`<circle cx=${at.x + NODE_W / 2 - 10} cy=${at.y - NODE_H / 2 + 10} r="6" fill=${walked.dimension.colour}></circle>` : nothing}
      <foreignObject x=${at.x - NODE_W / 2 + 6} y=${at.y - NODE_H / 2 + 3} width=${NODE_W - 12} height=${NODE_H - 6}>
        <div class="name"><span class="actor">${actor}: </span><bdi>${stage.label}</bdi></div>
      </foreignObject>
    </g>`
  }

  private __renderPicker(cycle: CaregivingCycle) {
    return html`<label>
      ${this.i18n.t('diagrams.cycle.dimensionPicker')}
      <select part="dimension-picker" @change=${this.__onDimensionChange}>
        <option value="" ?selected=${!this.dimension}>${this.i18n.t('diagrams.cycle.noDimension')}</option>
        ${cycle.dimensions.map(
          ({ dimension }) =>
            html`<option value=${dimension.slug} ?selected=${dimension.slug === this.dimension}>
              ${dimension.name}
            </option>`,
        )}
      </select>
    </label>`
  }

  private __renderPanel(stages: CycleStage[], selected: number, walked: WalkedDimension | undefined) {
    const stage = stages[selected]
    if (!stage) return nothing
    const step = walked?.steps.find((s) => s.stage === stage.key)
    return html`<section part="panel" id="panel" role="tabpanel" aria-labelledby="tab-${stage.key}">
      <p part="position">
        ${this.i18n.t('diagrams.cycle.position', { n: selected + 1, total: stages.length })} ·
        ${this.i18n.t(`diagrams.cycle.whose.${stage.actor}`)}
      </p>
      <h3 dir="auto">${stage.label}</h3>
      <p>${stage.explanation}</p>
      ${
        walked && step
          ? html`<div part="dimension-step">
              <h4>
                ${dimensionSwatch(walked.dimension.colour)}${this.i18n.t('diagrams.cycle.dimensionStep', { dimension: walked.dimension.name })}
              </h4>
              <p dir="auto">${step.text}</p>
            </div>`
          : nothing
      }
      <div class="controls">
        <button
          class="sb-button"
          data-variant="quiet"
          type="button"
          @click=${() => this.__tabs.select((selected - 1 + stages.length) % stages.length)}
        >
          ${this.i18n.t('diagrams.cycle.previous')}
        </button>
        <button class="sb-button" type="button" @click=${() => this.__tabs.select((selected + 1) % stages.length)}>
          ${this.i18n.t('diagrams.cycle.next')}
        </button>
      </div>
    </section>`
  }
}
