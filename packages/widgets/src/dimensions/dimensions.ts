import { html, nothing, svg, type TemplateResult } from 'lit'
import * as v from 'valibot'
import { Dimension, type CareSetting } from '@secure-base/content'
import { SecureBaseElement } from '../internal/base-element.js'
import { ContentController } from '../internal/content-controller.js'
import { renderRichText } from '../internal/rich-text.js'
import { renderContent, renderEmpty, renderFallbackNotice } from '../internal/states.js'
import { baseStyles } from '../internal/base-styles.js'
import { dimensionSwatch } from '../internal/swatch.js'
import { nodePositions, wrapLabel } from '../internal/geometry.js'
import { RovingTabs } from '../internal/roving.js'
import { dimensionsStyles } from './dimensions.styles.js'

// A 360 × 360 view box: discs of radius 80 centred 62 from the middle, their labels 100 out.
const SIZE = 360
const SPREAD = 62
const DISC = 80
const LABEL = 100

/**
 * The five dimensions of the Secure Base model (availability, sensitivity, acceptance,
 * co-operation, family membership) as five overlapping circles, because they work together
 * rather than one at a time. Choosing a circle shows what the dimension means, the carer's
 * focus, what the child gains and a note for the visitor's care setting.
 *
 * Content comes from an inline `<script type="application/json">` child or from the CMS at `api`.
 *
 * @tagname secure-base-dimensions
 * @summary The five dimensions as an interactive diagram with their explanations.
 *
 * @attr {string} api - CMS origin to load the dimensions from.
 * @attr {string} selected - The slug of the dimension whose details show, e.g. `sensitivity`.
 * @attr {string} highlight - Space-separated slugs to emphasise, e.g. from a checklist summary: `acceptance sensitivity`.
 * @attr {'foster-care' | 'adoption' | 'kinship-care' | 'residential-care' | 'schools'} setting - Shows the note for this care setting.
 *
 * @fires {CustomEvent<SelectDetail>} secure-base-select - A dimension was chosen: `{ kind: 'dimension', key, dimension }`.
 *
 * @csspart diagram - The SVG of overlapping circles.
 * @csspart panel - The chosen dimension's details.
 * @csspart subtitle - The dimension's subtitle, e.g. "helping the child to trust".
 * @csspart setting-note - The note for the `setting`.
 * @csspart status - Loading, prompt and empty messages.
 *
 * @cssprop --secure-base-accent - Focus and links.
 * @cssprop --secure-base-surface-raised - Panel background.
 * @cssprop --secure-base-text - Text colour, and the outline of the chosen circle.
 * @cssprop --secure-base-dimensions-fill-opacity - How strongly the circles are filled with their colours (0.2).
 */
export class SecureBaseDimensions extends SecureBaseElement {
  static override styles = [baseStyles, dimensionsStyles]
  static override properties = { selected: { reflect: true }, highlight: {}, setting: {} }

  declare selected?: string
  highlight = ''
  declare setting?: CareSetting

  private readonly __loader = new ContentController<Dimension[]>(this, {
    schema: v.array(Dimension),
    load: (client, request) => client.dimensions(request),
  })

  private __orderedDimensions(): Dimension[] {
    const { state } = this.__loader
    return state.status === 'ready' ? [...state.data].sort((a, b) => a.order - b.order) : []
  }

  private readonly __tabs = new RovingTabs(
    this,
    () => this.__orderedDimensions().length,
    (index) => {
      const chosen = this.__orderedDimensions()[index]!
      this.selected = chosen.slug
      this.announce(this.i18n.t('diagrams.dimensions.selected', { name: chosen.name }))
      this.emit('secure-base-select', { kind: 'dimension', key: chosen.slug, dimension: chosen.slug })
    },
  )

  override render(): TemplateResult {
    const body = renderContent(this.i18n, this.__loader, (data, fallbacks) =>
      data.length ? this.__renderDiagram(fallbacks) : renderEmpty(this.i18n.t('diagrams.dimensions.empty')),
    )
    return html`<div dir=${this.i18n.dir} lang=${this.i18n.locale}>${body}${this.renderLiveRegion()}</div>`
  }

  private __renderDiagram(fallbacks: readonly string[] | undefined): TemplateResult {
    const dimensions = this.__orderedDimensions()
    const centre = SIZE / 2
    const discs = nodePositions(dimensions.length, centre, centre, SPREAD)
    const labels = nodePositions(dimensions.length, centre, centre, LABEL)
    const highlighted = new Set(this.highlight.split(/[\s,]+/).filter(Boolean))
    const selectedIndex = dimensions.findIndex((d) => d.slug === this.selected)
    this.__tabs.sync(this.selected, selectedIndex)
    return html`
      ${renderFallbackNotice(this.i18n, fallbacks)}
      <div class="layout">
        <svg
          part="diagram"
          viewBox="0 0 ${SIZE} ${SIZE}"
          role="tablist"
          aria-label=${this.i18n.t('diagrams.dimensions.diagram')}
          @keydown=${this.__tabs.onKeydown}
        >
          ${dimensions.map((dimension, i) => {
            const isHighlighted = highlighted.has(dimension.slug)
            const name = isHighlighted
              ? `${dimension.name} (${this.i18n.t('diagrams.dimensions.highlighted')})`
              : dimension.name
            const lines = wrapLabel(dimension.name, 12, 2)
            const at = labels[i]!
            const top = at.y - ((lines.length - 1) * 15) / 2 + 4
            return svg`<g
              class="dimension"
              role="tab"
              id="tab-${dimension.slug}"
              data-index=${i}
              ?data-highlighted=${isHighlighted}
              aria-selected=${i === selectedIndex ? 'true' : 'false'}
              aria-controls="panel"
              aria-label=${name}
              tabindex=${this.__tabs.tabIndex(i)}
              @click=${() => this.__tabs.select(i, true)}
            >
              <circle class="focus-ring" cx=${discs[i]!.x} cy=${discs[i]!.y} r=${DISC + 5}></circle>
              <circle class="disc" cx=${discs[i]!.x} cy=${discs[i]!.y} r=${DISC} fill=${dimension.colour} stroke=${dimension.colour}></circle>
              ${isHighlighted ? svg`<text class="star" x=${at.x} y=${top - 17} aria-hidden="true">★</text>` : nothing}
              <text x=${at.x} y=${top}>${lines.map((line, n) => svg`<tspan x=${at.x} dy=${n === 0 ? 0 : 15}>${n === lines.length - 1 ? line : `${line} `}</tspan>`)}</text>
            </g>`
          })}
        </svg>
        ${this.__renderPanel(dimensions[selectedIndex])}
      </div>
    `
  }

  private __renderPanel(dimension: Dimension | undefined) {
    if (!dimension) return html`<p part="status">${this.i18n.t('diagrams.dimensions.prompt')}</p>`
    // The contract allows only known care settings in notes, so any other `setting` finds none.
    const note = dimension.settingNotes.find((n) => n.setting === this.setting)
    return html`<section part="panel" id="panel" role="tabpanel" aria-labelledby="tab-${dimension.slug}">
      <h3 dir="auto">${dimensionSwatch(dimension.colour)}${dimension.name}</h3>
      <p part="subtitle" dir="auto">${dimension.subtitle}</p>
      <p dir="auto"><strong>${dimension.summary}</strong></p>
      ${renderRichText(dimension.explanation, { headingOffset: 1 })}
      <dl>
        <dt>${this.i18n.t('diagrams.dimensions.carerFocus')}</dt>
        <dd dir="auto">${dimension.caregiverFocus}</dd>
        <dt>${this.i18n.t('diagrams.dimensions.childGains')}</dt>
        <dd dir="auto">${dimension.childGains}</dd>
      </dl>
      ${
        note
          ? html`<p part="setting-note">
              <strong
                >${this.i18n.t('diagrams.dimensions.settingNote', { setting: this.i18n.t(`diagrams.setting.${note.setting}`) })}:</strong
              >
              <bdi>${note.note}</bdi>
            </p>`
          : nothing
      }
    </section>`
  }
}
