import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { Checklist } from '@secure-base/content'
import { SecureBaseElement } from '../internal/base-element.js'
import { baseStyles } from '../internal/base-styles.js'
import { ContentController } from '../internal/content-controller.js'
import { renderRichText } from '../internal/rich-text.js'
import { renderContent, renderCredit, renderEmpty, renderFallbackNotice } from '../internal/states.js'
import { firstSections, renderForm } from './checklist-form.js'
import { allCounts, currentRatings, progress, type AnswerSet, type ItemAnswer } from './checklist-model.js'
import { ChecklistSession, type Notice } from './checklist-session.js'
import { storageKeyFor } from './checklist-store.js'
import { checklistStyles } from './checklist.styles.js'
import { renderActions, renderNotices } from './checklist-actions.js'
import { download, exportBlob, exportFilename } from './checklist-transfer.js'
import { ReachReporter } from './checklist-reach.js'
import { renderSummary } from './checklist-summary.js'

/**
 * @summary A Secure Base checklist a carer, adopter, residential worker or teacher fills in about a
 * child, one dimension at a time, with a reflective summary. Answers stay in the visitor's browser.
 *
 * @attr checklist - The checklist's slug in the CMS, e.g. `5-10-years`.
 * @attr api - The CMS origin. Without it, the content is read from an inline `<script type="application/json">` child.
 * @attr lang - The UI and content language (`en` or `cy`); otherwise the nearest ancestor's `lang`.
 * @attr storage-key - An optional namespace for the saved answers, for pages that show one checklist more than once.
 * @attr theme - `light` or `dark`; otherwise the visitor's system preference.
 * @attr reach - Present only when the agency has opted in to reach counts: the widget then tells the CMS at `api`
 *   once per sitting that the checklist was started (first answer) and completed (summary opened), and nothing else.
 *
 * @fires secure-base-progress - `{checklist, answered, total, ratingsGiven}` whenever an answer or rating changes.
 * @fires secure-base-complete - `{checklist, version, counts, ratings}` when the visitor opens the summary. Never carries notes.
 * @fires secure-base-load - `{status, kind?}` when the content has loaded or failed.
 *
 * @csspart header - The title, sample notice and introduction.
 * @csspart title - The checklist's title.
 * @csspart sample-notice - The notice shown while the questions are samples.
 * @csspart progress - The overall progress indicator.
 * @csspart section - One dimension's group of questions.
 * @csspart section-progress - A section's answered count.
 * @csspart item - One question's fieldset.
 * @csspart evidence - An evidence-note text area.
 * @csspart rating - A 0–10 rating fieldset.
 * @csspart rating-choice - One value of a rating.
 * @csspart notice - A message about saved answers, imports or storage.
 * @csspart save-status - The "Saved on this device" line.
 * @csspart actions - The row of buttons.
 * @csspart summary - The summary view.
 * @csspart summary-section - One dimension in the summary.
 * @csspart summary-ratings - A dimension's ratings in the summary.
 * @csspart chart - The star chart of ratings.
 * @csspart history - Earlier summaries.
 * @csspart credit - The credit to the model's authors, with a link to UEA.
 * @csspart status - The loading or empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop --secure-base-font - Font family (default: inherited from the page).
 * @cssprop --secure-base-accent - Buttons, links, focus and chart colour.
 * @cssprop --secure-base-accent-contrast - Text on the accent colour.
 * @cssprop --secure-base-surface - Background.
 * @cssprop --secure-base-surface-raised - Background of fieldsets and notices.
 * @cssprop --secure-base-text - Text colour.
 * @cssprop --secure-base-text-muted - Secondary text colour.
 * @cssprop --secure-base-border - Borders and chart grid.
 * @cssprop --secure-base-radius - Corner radius.
 * @cssprop --secure-base-focus-ring - Focus outline, e.g. `3px solid #1b5e8c`.
 * @cssprop --secure-base-danger - Error and warning accents.
 * @cssprop --secure-base-success - The saved status.
 * @cssprop --secure-base-checklist-max-width - The widest the checklist grows (default 48rem).
 *
 * @slot - Optionally a `<script type="application/json">` holding the checklist (`{meta, data}` or bare data).
 */
export class SecureBaseChecklist extends SecureBaseElement {
  static override styles = [baseStyles, checklistStyles]
  static override properties = {
    checklist: {},
    storageKey: { attribute: 'storage-key' },
    reach: { type: Boolean },
    view: { attribute: false },
    confirming: { attribute: false },
  }

  /** The checklist's slug in the CMS. */
  declare checklist?: string

  /** An optional namespace for the saved answers. */
  declare storageKey?: string

  /** Set by the embed snippet when the agency opted in to anonymous reach counts. */
  reach = false

  private readonly __reachReporter = new ReachReporter()

  private view: 'form' | 'summary' = 'form'
  private confirming = false

  private readonly __loader = new ContentController<Checklist>(this, {
    schema: Checklist,
    load: (client, request) => client.checklist(this.checklist ?? '', request),
    key: () => this.checklist ?? '',
  })

  private readonly __answerSession = new ChecklistSession(this, (checklist, answers) =>
    this.emit('secure-base-progress', { checklist: checklist.slug, ...progress(checklist, answers) }),
  )

  private __reportedLoad?: string

  /**
   * A long checklist first renders the sections of its first few questions and the rest once that
   * has been painted, so the visitor sees and can answer the first questions while the remainder is
   * built. `updateComplete` waits for the whole form.
   */
  private __wholeForm = false
  private __restOfForm?: Promise<boolean>

  private get __loadedChecklist(): Checklist | undefined {
    return this.__loader.state.status === 'ready' ? this.__loader.state.data : undefined
  }

  private get __answerSet(): AnswerSet {
    return this.__answerSession.answers
  }

  // The content controller settles its state in hostUpdate, which runs after willUpdate, so the
  // saved answers are matched to the content here, before rendering.
  protected override update(changed: PropertyValues<this>): void {
    const data = this.__loadedChecklist
    if (
      data &&
      this.__answerSession.bind(data, storageKeyFor({ api: this.api, slug: data.slug, namespace: this.storageKey }))
    ) {
      this.view = 'form'
      this.confirming = false
      if (this.__answerSession.restoredEarlier) this.announce(this.i18n.t('checklist.restored'))
    }
    super.update(changed)
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (!this.__wholeForm && this.__loadedChecklist) {
      this.__wholeForm = true
      // After the next frame is painted, so the first questions show at once; a hidden page paints no
      // frames, hence the timer that also ends the wait.
      const afterPaint = new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve))
        setTimeout(resolve, 100)
      })
      const rest = afterPaint.then(() => {
        this.requestUpdate()
        return super.getUpdateComplete()
      })
      // The whole form is built once per element, so nothing can have replaced `rest` by then.
      this.__restOfForm = rest
      void rest.then(() => (this.__restOfForm = undefined))
    }
    // Each checklist version that loads reports its progress once; a failed or new load resets that.
    const data = this.__loadedChecklist
    const loadKey = data && `${data.slug}|${data.version}`
    if (loadKey !== this.__reportedLoad) {
      this.__reportedLoad = loadKey
      if (data) this.emit('secure-base-progress', { checklist: data.slug, ...progress(data, this.__answerSet) })
    }
  }

  private __changeAnswers(next: AnswerSet): void {
    const data = this.__loadedChecklist
    // Answers restored from an earlier sitting were counted then; a sitting starts with its first answer.
    const startsNow = data !== undefined && progress(data, this.__answerSet).answered === 0
    this.__answerSession.change(next)
    if (startsNow && progress(data, this.__answerSet).answered > 0) this.__countReach(data.slug, 'started')
  }

  private __countReach(slug: string, event: 'started' | 'completed'): void {
    if (this.reach) this.__reachReporter.report(this.api, slug, event)
  }

  private __setAnswer = (itemId: string, change: ItemAnswer) =>
    this.__changeAnswers({
      ...this.__answerSet,
      answers: { ...this.__answerSet.answers, [itemId]: { ...this.__answerSet.answers[itemId], ...change } },
    })

  private __setRating = (key: string, value: number | null) =>
    this.__changeAnswers({ ...this.__answerSet, ratings: { ...this.__answerSet.ratings, [key]: value } })

  /** Focuses what `selector` matches once the pending render has put it in place. */
  private async __focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus()
  }

  private __openSummary = () => {
    const data = this.__loadedChecklist
    if (!data) return
    this.__answerSession.complete()
    this.__countReach(data.slug, 'completed')
    this.view = 'summary'
    this.confirming = false
    this.emit('secure-base-complete', {
      checklist: data.slug,
      version: data.version,
      counts: allCounts(data, this.__answerSet),
      ratings: currentRatings(data, this.__answerSet),
    })
    void this.__focusAfterRender('#summary-title')
  }

  private __closeSummary = () => {
    this.view = 'form'
    void this.__focusAfterRender('#title')
  }

  private __askStartAgain = () => {
    this.confirming = true
    void this.__focusAfterRender('[data-action="keep"]')
  }

  private __answerStartAgain = (clear: boolean) => {
    this.confirming = false
    if (!clear) {
      void this.__focusAfterRender('[data-action="start-again"]')
      return
    }
    this.__answerSession.clear()
    this.view = 'form'
    this.announce(this.i18n.t('checklist.cleared'))
    void this.__focusAfterRender('#title')
  }

  private __exportAnswers = () => {
    const data = this.__loadedChecklist
    if (!data) return
    const filename = exportFilename(data.slug)
    download(exportBlob(data, this.__answerSet), filename, this.renderRoot)
    this.announce(this.i18n.t('checklist.exported', { file: filename }))
  }

  private __chooseImport = () => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click()

  private __importFile = async (event: Event) => {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    const data = this.__loadedChecklist
    if (!file || !data) return
    const text = await file.text().catch(() => '')
    input.value = ''
    this.__answerSession.importText(text, file.name)
  }

  private __dismissNotice = (id: Notice['id']) => {
    this.__answerSession.dismiss(id)
    void this.__focusAfterRender('#title')
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete()
    return this.__restOfForm ? this.__restOfForm : done
  }

  protected override render(): TemplateResult {
    return html`<div class="frame">
      ${this.renderLiveRegion()}${renderContent(this.i18n, this.__loader, (data, fallbacks) => this.__renderChecklist(data, fallbacks))}
    </div>`
  }

  private __renderChecklist(data: Checklist, fallbacks: readonly string[] | undefined): TemplateResult {
    const i18n = this.i18n
    const { answered, total } = progress(data, this.__answerSet)
    const header = html`<header part="header">
      <h2 id="title" part="title" tabindex="-1" dir="auto">${data.title}</h2>
      ${data.isSample ? html`<p class="sample" part="sample-notice">${i18n.t('checklist.sampleNotice')}</p>` : nothing}
      ${this.view === 'form' ? html`<div class="intro">${renderRichText(data.introduction, { headingOffset: 1 })}</div>` : nothing}
      ${renderFallbackNotice(i18n, fallbacks)}
    </header>`
    if (total === 0) return html`${header}${renderEmpty(i18n.t('checklist.empty'))}`
    const actions = renderActions({
      i18n,
      view: this.view,
      confirming: this.confirming,
      on: {
        summary: this.__openSummary,
        back: this.__closeSummary,
        print: () => window.print(),
        export: this.__exportAnswers,
        import: this.__chooseImport,
        'start-again': this.__askStartAgain,
        clear: () => this.__answerStartAgain(true),
        keep: () => this.__answerStartAgain(false),
      },
      onImportFile: (event) => void this.__importFile(event),
    })
    const main =
      this.view === 'summary'
        ? html`<section class="summary" part="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" tabindex="-1">${i18n.t('checklist.summary.title')}</h2>
            ${renderSummary({ i18n, checklist: data, set: this.__answerSet, previous: this.__answerSet.completions.at(-2), fallbacks })}
          </section>`
        : html`<div class="progress" part="progress">
              <label for="progress">${i18n.t('checklist.progressLabel')}</label>
              <progress id="progress" max=${total} .value=${answered}></progress>
              <span>${i18n.t('checklist.progress', { answered, total })}</span>
            </div>
            ${renderForm(
              {
                i18n,
                checklist: data,
                set: this.__answerSet,
                fallbacks,
                onAnswer: this.__setAnswer,
                onRating: this.__setRating,
              },
              this.__wholeForm ? undefined : firstSections(data),
            )}`
    return html`${header} ${renderNotices(i18n, this.__answerSession.notices, this.__dismissNotice)} ${main}
      <p class="save-status" part="save-status" role="status">
        ${this.__answerSession.saved ? i18n.t('checklist.saved') : ''}
      </p>
      ${actions} ${renderCredit(i18n, i18n.t('common.credit'))}`
  }
}
