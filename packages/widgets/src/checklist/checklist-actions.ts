import { html, nothing, type TemplateResult } from 'lit'
import type { LocaleController } from '../internal/locale-controller.js'
import type { Notice } from './checklist-session.js'

/** The notices above the questions and the row of buttons below them. */

/** The container is always present so that a notice added to it is announced. */
export const renderNotices = (i18n: LocaleController, notices: Notice[], dismiss: (id: Notice['id']) => void) =>
  html`<div class="notices" aria-live="polite">
    ${notices.map(
      (n) => html`<div class="notice" part="notice" data-notice=${n.id} data-tone=${n.tone}>
        <p>${i18n.t(n.message, n.params)}</p>
        ${n.id === 'storage'
          ? nothing
          : html`<button type="button" class="sb-button" data-variant="quiet" @click=${() => dismiss(n.id)}>
              ${i18n.t('checklist.dismiss')}
            </button>`}
      </div>`,
    )}
  </div>`

export interface ActionsContext {
  i18n: LocaleController
  view: 'form' | 'summary'
  confirming: boolean
  onSummary: () => void
  onBack: () => void
  onPrint: () => void
  onExport: () => void
  onImport: () => void
  onImportFile: (event: Event) => void
  onStartAgain: () => void
  onConfirm: (clear: boolean) => void
}

export const renderActions = (ctx: ActionsContext): TemplateResult => {
  const { i18n } = ctx
  const button = (action: string, label: string, onClick: () => void, quiet = true) =>
    html`<button type="button" class="sb-button" data-action=${action} data-variant=${quiet ? 'quiet' : 'main'} @click=${onClick}>
      ${label}
    </button>`
  const confirm = ctx.confirming
    ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
        <p id="confirm-text">${i18n.t('checklist.confirmStartAgain')}</p>
        ${button('clear', i18n.t('checklist.confirmYes'), () => ctx.onConfirm(true), false)}
        ${button('keep', i18n.t('checklist.confirmNo'), () => ctx.onConfirm(false))}
      </div>`
    : nothing
  return html`<div class="actions" part="actions">
      ${ctx.view === 'form'
        ? button('summary', i18n.t('checklist.seeSummary'), ctx.onSummary, false)
        : html`${button('print', i18n.t('checklist.print'), ctx.onPrint, false)}
          ${button('back', i18n.t('checklist.backToAnswers'), ctx.onBack)}`}
      ${button('export', i18n.t('checklist.export'), ctx.onExport)}
      ${button('import', i18n.t('checklist.import'), ctx.onImport)}
      <input
        type="file"
        accept="application/json,.json"
        hidden
        aria-label=${i18n.t('checklist.importFileLabel')}
        @change=${ctx.onImportFile}
      />
      ${button('start-again', i18n.t('checklist.startAgain'), ctx.onStartAgain)}
    </div>
    ${confirm}`
}
