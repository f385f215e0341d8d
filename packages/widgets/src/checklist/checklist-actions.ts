import { html, nothing, type TemplateResult } from 'lit'
import type { LocaleController } from '../internal/locale-controller.js'
import type { Notice } from './checklist-session.js'

/** The notices above the questions and the row of buttons below them. */

/** The container is always present so that a notice added to it is announced. */
export const renderNotices = (i18n: LocaleController, notices: Notice[], dismiss: (id: Notice['id']) => void) =>
  html`<div class="notices" aria-live="polite">
    ${notices.map(
      (n) =>
        html`<div class="notice" part="notice" data-notice=${n.id} data-tone=${n.tone}>
          <p>${i18n.t(n.message, n.params)}</p>
          ${
            n.id === 'storage'
              ? nothing
              : html`<button type="button" class="sb-button" data-variant="quiet" @click=${() => dismiss(n.id)}>
                  ${i18n.t('checklist.dismiss')}
                </button>`
          }
        </div>`,
    )}
  </div>`

export type Action = 'summary' | 'back' | 'print' | 'export' | 'import' | 'start-again' | 'clear' | 'keep'

export interface ActionsContext {
  i18n: LocaleController
  view: 'form' | 'summary'
  confirming: boolean
  /** What each button does, by its `data-action`. */
  on: Record<Action, () => void>
  onImportFile: (event: Event) => void
}

export const renderActions = ({ i18n, view, confirming, on, onImportFile }: ActionsContext): TemplateResult => {
  const button = (action: Action, label: string, quiet = true) =>
    html`<button
      type="button"
      class="sb-button"
      data-action=${action}
      data-variant=${quiet ? 'quiet' : 'main'}
      @click=${on[action]}
    >
      ${label}
    </button>`
  const confirm = confirming
    ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
        <p id="confirm-text">${i18n.t('checklist.confirmStartAgain')}</p>
        ${button('clear', i18n.t('checklist.confirmYes'), false)} ${button('keep', i18n.t('checklist.confirmNo'))}
      </div>`
    : nothing
  return html`<div class="actions" part="actions">
      ${
        view === 'form'
          ? button('summary', i18n.t('checklist.seeSummary'), false)
          : html`${button('print', i18n.t('checklist.print'), false)}
            ${button('back', i18n.t('checklist.backToAnswers'))}`
      }
      ${button('export', i18n.t('checklist.export'))} ${button('import', i18n.t('checklist.import'))}
      <input
        type="file"
        accept="application/json,.json"
        hidden
        aria-label=${i18n.t('checklist.importFileLabel')}
        @change=${onImportFile}
      />
      ${button('start-again', i18n.t('checklist.startAgain'))}
    </div>
    ${confirm}`
}
