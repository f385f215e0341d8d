import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import * as v from 'valibot'
import { CARE_SETTINGS, DIMENSION_SLUGS, Resource, type CareSetting, type DimensionSlug } from '@secure-base/content'
import { SecureBaseElement } from '../internal/base-element.js'
import { ContentController } from '../internal/content-controller.js'
import { renderContent, renderEmpty, renderFallbackNotice } from '../internal/states.js'
import { baseStyles } from '../internal/base-styles.js'
import { resourcesStyles } from './resources.styles.js'
import { isExternal, languageName, matchesFilters, primaryLanguage } from './filtering.js'

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined

/**
 * Resources about the Secure Base model (guides, films, training sessions, articles) that a
 * visitor can filter by dimension, care setting and language. Attributes preset the filters; the
 * visible filter controls can be hidden for a fixed list.
 *
 * Content comes from an inline `<script type="application/json">` child (filtered in the browser)
 * or from the CMS at `api` (filtered by the server).
 *
 * @tagname secure-base-resources
 * @summary A filterable list of Secure Base resources.
 *
 * @attr {string} api - CMS origin to load the resources from.
 * @attr {string} lang - UI and content language (`en` or `cy`); otherwise the nearest ancestor's `lang`.
 * @attr {string} dimension - Only resources about this dimension, e.g. `availability`.
 * @attr {string} setting - Only resources for this care setting, e.g. `schools`.
 * @attr {string} language - Only resources in this language, e.g. `cy`.
 * @attr {boolean} hide-filters - Hides the filter controls; the attributes still filter.
 * @attr {'light' | 'dark'} theme - Forces a colour scheme instead of the visitor's preference.
 *
 * @fires {CustomEvent<LoadDetail>} secure-base-load - The content loaded or failed: `{ status, kind? }`.
 * @fires {CustomEvent<FilterDetail>} secure-base-filter - The filters changed and the list was shown: `{ dimension, setting, language, count }`.
 *
 * @csspart filters - The fieldset of filter controls.
 * @csspart count - How many resources are shown.
 * @csspart list - The list of resources.
 * @csspart resource - One resource card.
 * @csspart badge - The type and language labels of a card.
 * @csspart file - The file name and size of a downloadable resource.
 * @csspart clear-button - Clears the filters from the empty state.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message.
 * @csspart retry-button - The error's retry button.
 * @csspart fallback-notice - Shown when some text is in English for want of a translation.
 *
 * @cssprop --secure-base-font - Font family; the host page's font by default.
 * @cssprop --secure-base-accent - Links and focus.
 * @cssprop --secure-base-surface - Background.
 * @cssprop --secure-base-surface-raised - Card background.
 * @cssprop --secure-base-text - Text colour.
 * @cssprop --secure-base-text-muted - Secondary text.
 * @cssprop --secure-base-border - Card and control outlines.
 * @cssprop --secure-base-radius - Corner radius.
 * @cssprop --secure-base-focus-ring - The keyboard focus outline.
 * @cssprop --secure-base-danger - Error accents.
 */
export class SecureBaseResources extends SecureBaseElement {
  static override styles = [baseStyles, resourcesStyles]

  static override properties = {
    dimension: { reflect: true },
    setting: { reflect: true },
    language: { reflect: true },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
  }

  declare dimension?: string
  declare setting?: string
  declare language?: string
  hideFilters = false

  /** Languages seen in any response, so the language filter keeps its choices while a filter narrows the list. */
  private __knownLanguages = new Set<string>()
  private __lastReported?: string

  private readonly __loader = new ContentController<Resource[]>(this, {
    schema: v.array(Resource),
    load: (client, request) => client.resources({ ...request, ...this.__activeFilters() }),
    // The filters the request carries: a value that is not a dimension or setting asks for nothing new.
    key: () => JSON.stringify(this.__activeFilters()),
  })

  private __activeFilters() {
    return {
      dimension: oneOf<DimensionSlug>(DIMENSION_SLUGS, this.dimension),
      setting: oneOf<CareSetting>(CARE_SETTINGS, this.setting),
      language: this.language || undefined,
    }
  }

  private __shownResources(): Resource[] {
    const { state } = this.__loader
    return state.status === 'ready' ? state.data.filter((r) => matchesFilters(r, this.__activeFilters())) : []
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const { state } = this.__loader
    if (state.status !== 'ready') return
    const { dimension = null, setting = null, language = null } = this.__activeFilters()
    const count = this.__shownResources().length
    const detail = { dimension, setting, language, count }
    const report = JSON.stringify(detail)
    if (report === this.__lastReported) return
    this.__lastReported = report
    this.announce(this.i18n.t('diagrams.resources.count', { count }))
    this.emit('secure-base-filter', detail)
  }

  private __clearFilters(): void {
    this.dimension = undefined
    this.setting = undefined
    this.language = undefined
  }

  override render(): TemplateResult {
    const { state } = this.__loader
    if (state.status === 'ready') for (const r of state.data) this.__knownLanguages.add(primaryLanguage(r.language))
    return html`<div dir=${this.i18n.dir} lang=${this.i18n.locale}>
      ${this.hideFilters ? nothing : this.__renderFilters()}
      ${renderContent(this.i18n, this.__loader, (_, fallbacks) => this.__renderList(fallbacks))}
      ${this.renderLiveRegion()}
    </div>`
  }

  private __renderFilters(): TemplateResult {
    const { i18n } = this
    const f = this.__activeFilters()
    const languages = [...new Set([...this.__knownLanguages, ...(f.language ? [f.language] : [])])].sort()
    const filter = <T extends string>(name: keyof typeof f, options: readonly T[], label: (value: T) => string) =>
      html`<label>
        ${i18n.t(`diagrams.resources.${name}`)}
        <select name=${name} @change=${(e: Event) => (this[name] = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!f[name]}>${i18n.t('diagrams.resources.any')}</option>
          ${options.map((value) => html`<option value=${value} ?selected=${value === f[name]}>${label(value)}</option>`)}
        </select>
      </label>`
    return html`<fieldset part="filters">
      <legend>${i18n.t('diagrams.resources.filters')}</legend>
      ${filter('dimension', DIMENSION_SLUGS, (slug) => i18n.t(`diagrams.dimension.${slug}`))}
      ${filter('setting', CARE_SETTINGS, (slug) => i18n.t(`diagrams.setting.${slug}`))}
      ${filter('language', languages, (tag) => languageName(tag, i18n.locale))}
    </fieldset>`
  }

  private __renderList(fallbacks: readonly string[] | undefined): TemplateResult {
    const shown = this.__shownResources()
    if (shown.length === 0) {
      const filtered = Object.values(this.__activeFilters()).some(Boolean)
      return html`<div class="empty">
        ${renderEmpty(this.i18n.t(filtered ? 'diagrams.resources.empty' : 'common.empty'))}
        ${
          filtered && !this.hideFilters
            ? html`<button class="sb-button" part="clear-button" type="button" @click=${this.__clearFilters}>
                ${this.i18n.t('diagrams.resources.clear')}
              </button>`
            : nothing
        }
      </div>`
    }
    return html`
      ${renderFallbackNotice(this.i18n, fallbacks)}
      <p part="count">${this.i18n.t('diagrams.resources.count', { count: shown.length })}</p>
      <ul part="list">
        ${shown.map((resource) => html`<li>${this.__renderResource(resource)}</li>`)}
      </ul>
    `
  }

  private __renderResource(resource: Resource): TemplateResult {
    const external = isExternal(resource.url, this.api)
    const language = primaryLanguage(resource.language)
    const foreign = language !== this.i18n.locale
    return html`<article part="resource">
      <ul class="meta">
        <li part="badge">${this.i18n.t(`diagrams.resources.type.${resource.type}`)}</li>
        ${foreign ? html`<li part="badge">${this.i18n.t('diagrams.resources.inLanguage', { language: languageName(language, this.i18n.locale) })}</li>` : nothing}
      </ul>
      <h3>
        <a
          href=${resource.url}
          lang=${foreign ? resource.language : nothing}
          target=${external ? '_blank' : nothing}
          rel=${external ? 'noopener noreferrer' : nothing}
          ><bdi>${resource.title}</bdi
          >${external ? html`<span class="sb-visually-hidden"> ${this.i18n.t('diagrams.resources.newTab')}</span>` : nothing}</a
        >
      </h3>
      ${resource.description ? html`<p dir="auto">${resource.description}</p>` : nothing}
      ${
        resource.file
          ? html`<p part="file">
              ${this.i18n.t('diagrams.resources.file', {
                name: resource.file.filename,
                size: this.i18n.formatNumber(Math.max(1, Math.round(resource.file.bytes / 1024)), {
                  style: 'unit',
                  unit: 'kilobyte',
                }),
              })}
            </p>`
          : nothing
      }
    </article>`
  }
}
