import { html, nothing, type TemplateResult } from 'lit'
import type { ContentController, ContentState } from './content-controller.js'
import type { LocaleController } from './locale-controller.js'

/**
 * The loading, error and empty states every widget shows, with the same parts so a host page
 * can style them once. Each sits in a live region so the change is announced.
 */

export const errorMessage = (i18n: LocaleController, state: Extract<ContentState<unknown>, { status: 'error' }>) => {
  switch (state.kind) {
    case 'network':
      return i18n.t('common.error.network')
    case 'not-allowed':
      return i18n.t('common.error.notAllowed')
    case 'timeout':
      return i18n.t('common.error.timeout')
    case 'not-found':
      return i18n.t('common.error.notFound')
    case 'invalid':
      return i18n.t('common.error.invalid')
    case 'http':
      return i18n.t('common.error.http', {
        status: 'status' in state.error && state.error.status ? String(state.error.status) : '',
      })
  }
}

/** The loading state, the error state with its retry button, or what `ready` makes of the loaded content. */
export const renderContent = <T>(
  i18n: LocaleController,
  content: ContentController<T>,
  ready: (data: T, fallbacks: readonly string[] | undefined) => unknown,
): unknown => {
  const { state } = content
  if (state.status === 'loading')
    return html`<div part="status" role="status" aria-live="polite" aria-busy="true">${i18n.t('common.loading')}</div>`
  if (state.status === 'error')
    return html`<div part="error" role="alert">
      <p>${errorMessage(i18n, state)}</p>
      <button class="sb-button" part="retry-button" type="button" @click=${() => content.retry()}>
        ${i18n.t('common.retry')}
      </button>
    </div>`
  return ready(state.data, state.meta?.fallbacks)
}

export const renderEmpty = (message: string): TemplateResult =>
  html`<div part="status" role="status" aria-live="polite">${message}</div>`

const UEA_MODEL_PAGE =
  'https://www.uea.ac.uk/groups-and-centres/centre-for-research-on-children-and-families/secure-base-model'

/** The credit to the model's authors (`text`), with a link to the Secure Base pages at UEA. */
export const renderCredit = (i18n: LocaleController, text: string): TemplateResult =>
  html`<p part="credit">
    ${text} <a href=${UEA_MODEL_PAGE} rel="noopener noreferrer">${i18n.t('common.creditLink')}</a>
  </p>`

/** A note shown when the CMS had to fill gaps in the visitor's language with English. */
export const renderFallbackNotice = (i18n: LocaleController, fallbacks: readonly string[] | undefined) =>
  fallbacks?.length ? html`<p part="fallback-notice">${i18n.t('common.fallbackNotice')}</p>` : nothing

/**
 * `en` when the string at `pointer` (a JSON Pointer into `data`) was served in English for want of
 * a translation, so screen readers pronounce it as English inside a Welsh page; otherwise no `lang`.
 */
export const fallbackLang = (fallbacks: readonly string[] | undefined, pointer: string): 'en' | typeof nothing =>
  fallbacks?.some((f) => pointer === f || pointer.startsWith(`${f}/`)) ? 'en' : nothing
