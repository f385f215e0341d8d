import { html, nothing, type TemplateResult } from 'lit'
import type { Checklist, ChecklistItem, ChecklistSection } from '@secure-base/content'
import type { LocaleController } from '../internal/locale-controller.js'
import { renderRichText } from '../internal/rich-text.js'
import { fallbackLang } from '../internal/states.js'
import { renderChart } from './checklist-chart.js'
import { statusLabel } from './checklist-form.js'
import { dimensionSwatch } from '../internal/swatch.js'
import { ratingKeys, sectionCounts, type AnswerSet, type Completion } from './checklist-model.js'

/**
 * The summary: strengths first, then where to focus next, in the model's reflective spirit. It
 * never adds answers up into a score or a verdict.
 */

export interface SummaryContext {
  i18n: LocaleController
  checklist: Checklist
  set: AnswerSet
  /** The completion before this one, for change over time. */
  previous: Completion | undefined
  /** JSON Pointers of strings served in English (`meta.fallbacks`). */
  fallbacks: readonly string[] | undefined
}

const change = (
  i18n: LocaleController,
  now: number | null | undefined,
  before: Completion | undefined,
  key: string,
) => {
  const then = before?.ratings[key]
  if (typeof now !== 'number' || typeof then !== 'number' || !before) return nothing
  const date = i18n.formatDate(before.date)
  const diff = now - then
  const text =
    diff === 0
      ? i18n.t('checklist.summary.noChange', { date })
      : i18n.t('checklist.summary.change', {
          change: i18n.t(diff > 0 ? 'checklist.summary.up' : 'checklist.summary.down', { count: Math.abs(diff) }),
          date,
        })
  return html` <span class="change" data-change=${diff}>(${text})</span>`
}

const renderRatings = (ctx: SummaryContext, section: ChecklistSection) => {
  if (!ctx.checklist.asksRating) return nothing
  const { i18n } = ctx
  const lines = ratingKeys(section).map((key, i) => {
    const value = ctx.set.ratings[key]
    const part = section.ratingParts[i]
    const shown = typeof value === 'number' ? i18n.formatNumber(value) : null
    const text =
      shown === null
        ? part
          ? `${part.label}: ${i18n.t('checklist.summary.notRated')}`
          : i18n.t('checklist.summary.notRated')
        : part
          ? i18n.t('checklist.summary.partRating', { part: part.label, value: shown })
          : i18n.t('checklist.summary.rating', { value: shown })
    return html`<li data-rating=${key}>${text}${change(i18n, value, ctx.previous, key)}</li>`
  })
  return html`<ul class="ratings" part="summary-ratings">
    ${lines}
  </ul>`
}

const renderSection = (ctx: SummaryContext, section: ChecklistSection, index: number): TemplateResult => {
  const { i18n, set } = ctx
  const lang = (item: ChecklistItem) =>
    fallbackLang(ctx.fallbacks, `/sections/${index}/items/${section.items.indexOf(item)}/question`)
  const seen = section.items.filter((item) => set.answers[item.id]?.status === 'seen')
  const focus = section.items.filter((item) => {
    const status = set.answers[item.id]?.status
    return status === 'not-yet' || status === 'not-sure'
  })
  const counts = sectionCounts(section, set)
  return html`<section
    class="summary-section"
    part="summary-section"
    aria-labelledby=${`summary-${index}`}
    data-dimension=${section.dimension.slug}
  >
    <h3 id=${`summary-${index}`} dir="auto">${dimensionSwatch(section.dimension.colour)}${section.dimension.name}</h3>
    <p class="subtitle">${section.dimension.subtitle}</p>
    ${renderRatings(ctx, section)}
    <h4>${i18n.t('checklist.summary.strengths')}</h4>
    ${
      seen.length
        ? html`<ul class="strengths">
            ${seen.map((item) => html`<li lang=${lang(item)} dir="auto">${item.question}</li>`)}
          </ul>`
        : html`<p>${i18n.t('checklist.summary.noStrengths')}</p>`
    }
    <h4>${i18n.t('checklist.summary.focus')}</h4>
    ${
      focus.length
        ? html`<ul class="focus">
            ${focus.map(
              (item) =>
                html`<li>
                  <bdi lang=${lang(item)}>${item.question}</bdi>
                  ${
                    set.answers[item.id]?.status === 'not-sure'
                      ? html`<span class="muted">${i18n.t('checklist.summary.notSureMark')}</span>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : counts.unanswered
          ? nothing
          : html`<p>${i18n.t('checklist.summary.noFocus')}</p>`
    }
    ${
      counts.unanswered
        ? html`<p class="muted">${i18n.t('checklist.summary.unanswered', { count: counts.unanswered })}</p>`
        : nothing
    }
    ${
      section.guidance.length
        ? html`<h4>${i18n.t('checklist.summary.guidance')}</h4>
            <div class="guidance" lang=${fallbackLang(ctx.fallbacks, `/sections/${index}/guidance`)}>
              ${renderRichText(section.guidance, { headingOffset: 2 })}
            </div>`
        : nothing
    }
    ${
      section.resources.length
        ? html`<h4>${i18n.t('checklist.summary.resources')}</h4>
            <ul class="resources">
              ${section.resources.map((r) => html`<li><a href=${r.url} rel="noopener noreferrer" dir="auto">${r.title}</a></li>`)}
            </ul>`
        : nothing
    }
  </section>`
}

const renderHistory = (ctx: SummaryContext) => {
  const earlier = ctx.set.completions.slice(0, -1)
  if (!earlier.length) return nothing
  const { i18n } = ctx
  return html`<section class="history" part="history" aria-labelledby="history-title">
    <h3 id="history-title">${i18n.t('checklist.summary.history')}</h3>
    <ul>
      ${earlier.reverse().map((c) => {
        const answered = Object.values(c.counts).reduce((n, k) => n + k.seen + k.notYet + k.notSure, 0)
        return html`<li>${i18n.t('checklist.summary.historyItem', { date: i18n.formatDate(c.date), answered })}</li>`
      })}
    </ul>
  </section>`
}

/** Every question and answer with its note, shown only on paper so the printout stands alone. */
const renderPrintAnswers = (ctx: SummaryContext) => {
  const { i18n, set } = ctx
  return html`<section class="print-only" aria-hidden="true">
    <h3>${i18n.t('checklist.summary.yourAnswers')}</h3>
    ${ctx.checklist.sections.map(
      (section) =>
        html`<div class="print-group">
          <h4 dir="auto">${section.dimension.name}</h4>
          <dl>
            ${section.items.map((item) => {
              const answer = set.answers[item.id]
              return html`<dt dir="auto">${item.question}</dt>
                <dd>
                  ${answer?.status ? statusLabel(i18n, answer.status) : '—'}${answer?.note ? html` — <bdi>${answer.note}</bdi>` : nothing}
                </dd>`
            })}
          </dl>
        </div>`,
    )}
  </section>`
}

export const renderSummary = (ctx: SummaryContext): TemplateResult =>
  html`<p>${ctx.i18n.t('checklist.summary.intro')}</p>
    ${ctx.checklist.asksRating ? renderChart(ctx) : nothing}
    <div class="summary-sections">${ctx.checklist.sections.map((s, i) => renderSection(ctx, s, i))}</div>
    ${renderHistory(ctx)} ${renderPrintAnswers(ctx)}`
