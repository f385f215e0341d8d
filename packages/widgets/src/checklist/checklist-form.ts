import { html, nothing, type TemplateResult } from 'lit'
import { dimensionSwatch } from '../internal/swatch.js'
import { RATING_MAX, RATING_MIN, type Checklist, type ChecklistItem, type ChecklistSection } from '@secure-base/content'
import type { AnswerStatus } from '../internal/events.js'
import type { LocaleController } from '../internal/locale-controller.js'
import { fallbackLang } from '../internal/states.js'
import { ANSWER_STATUSES, ratingKeys, sectionCounts, type AnswerSet, type ItemAnswer } from './checklist-model.js'

/** The questions, grouped by dimension: one fieldset and radio group per question and per rating. */
// Each control's change or input event writes the answers before the next render, so a control never
// holds a value other than the one last rendered and plain property bindings keep it in step.

export interface FormContext {
  i18n: LocaleController
  checklist: Checklist
  set: AnswerSet
  /** JSON Pointers of strings served in English (`meta.fallbacks`). */
  fallbacks: readonly string[] | undefined
  /** Merges `change` (a status, a note) into the item's answer. */
  onAnswer: (itemId: string, change: ItemAnswer) => void
  onRating: (key: string, value: number | null) => void
}

export const statusLabel = (i18n: LocaleController, status: AnswerStatus) =>
  i18n.t(
    status === 'seen'
      ? 'checklist.answer.seen'
      : status === 'not-yet'
        ? 'checklist.answer.notYet'
        : 'checklist.answer.notSure',
  )

const ratingValues = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i)

const renderRating = (
  ctx: FormContext,
  section: ChecklistSection,
  key: string,
  sectionIndex: number,
  partIndex: number,
) => {
  const { i18n } = ctx
  const part = section.ratingParts[partIndex]
  const legend = part
    ? i18n.t('checklist.rating.partLegend', { dimension: section.dimension.name, part: part.label })
    : i18n.t('checklist.rating.legend', { dimension: section.dimension.name })
  const current = ctx.set.ratings[key] ?? null
  const name = `rating-${sectionIndex}-${partIndex}`
  // The label wraps its radio: one element per choice, and the whole label is the click target.
  const option = (value: number | null) =>
    html`<label class="choice" part="rating-choice"
      ><input type="radio" name=${name} .checked=${current === value} @change=${() => ctx.onRating(key, value)} />${
        value === null ? i18n.t('checklist.rating.none') : i18n.formatNumber(value)
      }</label
    >`
  return html`<fieldset class="rating" part="rating" data-rating=${key}>
    <legend>${legend}</legend>
    ${option(null)}
    <div class="rating-scale">${ratingValues.map(option)}</div>
  </fieldset>`
}

const renderItem = (ctx: FormContext, item: ChecklistItem, sectionIndex: number, itemIndex: number) => {
  const { i18n } = ctx
  const answer = ctx.set.answers[item.id]
  const base = `q-${sectionIndex}-${itemIndex}`
  const pointer = `/sections/${sectionIndex}/items/${itemIndex}`
  return html`<fieldset class="item" part="item" data-item=${item.id}>
    <legend dir="auto" lang=${fallbackLang(ctx.fallbacks, `${pointer}/question`)}>${item.question}</legend>
    <div class="choices">
      ${ANSWER_STATUSES.map(
        (status) =>
          html`<label class="choice"
            ><input
              type="radio"
              name=${base}
              value=${status}
              .checked=${answer?.status === status}
              @change=${() => ctx.onAnswer(item.id, { status })}
            />${statusLabel(i18n, status)}</label
          >`,
      )}
    </div>
    <label class="note-label" for=${`${base}-note`}>
      <span lang=${fallbackLang(ctx.fallbacks, `${pointer}/evidencePrompt`)}
        >${item.evidencePrompt || i18n.t('checklist.evidence')}</span
      >
      ${item.evidencePrompt ? html`<span class="hint">${i18n.t('checklist.evidence')}</span>` : nothing}
    </label>
    <textarea
      id=${`${base}-note`}
      part="evidence"
      rows="2"
      .value=${answer?.note ?? ''}
      @input=${(e: Event) => ctx.onAnswer(item.id, { note: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
  </fieldset>`
}

const renderSection = (ctx: FormContext, section: ChecklistSection, index: number): TemplateResult => {
  const { i18n } = ctx
  const counts = sectionCounts(section, ctx.set)
  const answered = section.items.length - counts.unanswered
  const headingId = `section-${index}`
  return html`<section class="section" part="section" aria-labelledby=${headingId}>
    <header class="section-header">
      <h3 id=${headingId} dir="auto">${dimensionSwatch(section.dimension.colour)}${section.dimension.name}</h3>
      <p class="subtitle">${section.dimension.subtitle}</p>
      <p class="section-progress" part="section-progress">
        ${i18n.t('checklist.sectionProgress', { answered, total: section.items.length })}
      </p>
    </header>
    ${section.items.map((item, i) => renderItem(ctx, item, index, i))}
    ${
      ctx.checklist.asksRating
        ? html`<p class="hint">${i18n.t('checklist.rating.hint')}</p>
            ${ratingKeys(section).map((key, p) => renderRating(ctx, section, key, index, p))}`
        : nothing
    }
  </section>`
}

/** Questions in the first render: about a phone screen's worth, so the first answer can be given before the rest is built. */
const FIRST_QUESTIONS = 10

/** How many sections hold the first `FIRST_QUESTIONS` questions (at least one). */
export const firstSections = (checklist: Checklist): number => {
  let questions = 0
  const found = checklist.sections.findIndex((section) => (questions += section.items.length) >= FIRST_QUESTIONS)
  return found < 0 ? checklist.sections.length : found + 1
}

export const renderForm = (ctx: FormContext, sections = ctx.checklist.sections.length): TemplateResult =>
  html`${ctx.checklist.sections.slice(0, sections).map((section, i) => renderSection(ctx, section, i))}`
