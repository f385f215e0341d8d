import * as v from 'valibot'
import {
  CARE_SETTINGS,
  DEFAULT_LOCALE,
  DIMENSION_SLUGS,
  LOCALES,
  REACH_EVENTS,
  SLUG_PATTERN,
  toLanguageTag,
} from './vocabulary.js'

/**
 * What callers send to the CMS: the delivery API's query parameters and the reach report. The
 * messages are the ones a caller reads in the API's 400 answers, so each names the value it refused.
 */

const oneOf = <const T extends readonly string[]>(name: string, allowed: T) =>
  v.optional(
    v.picklist(
      allowed,
      (issue) => `"${String(issue.input)}" is not a valid ${name}. Use one of: ${allowed.join(', ')}.`,
    ),
  )

const locale = v.optional(
  v.picklist(
    LOCALES,
    (issue) => `"${String(issue.input)}" is not a supported locale. Use one of: ${LOCALES.join(', ')}.`,
  ),
  DEFAULT_LOCALE,
)

/** Compared without regard to case, as language tags are. */
const language = v.optional(
  v.pipe(
    v.string(),
    v.check(
      (value) => toLanguageTag(value) !== null,
      (issue) => `"${String(issue.input)}" is not a language tag: use a BCP 47 tag such as en, cy or pt-BR.`,
    ),
    v.toLowerCase(),
  ),
)

/** The query of every delivery endpoint that takes only a locale. */
export const LocaleQuery = v.object({ locale })

/** The query of `/resources`: a locale and any of three filters. */
export const ResourcesQuery = v.object({
  locale,
  dimension: oneOf('dimension', DIMENSION_SLUGS),
  setting: oneOf('setting', CARE_SETTINGS),
  language,
})

const REPORT_FIELDS = ['checklist', 'event'] as const
const checklistMessage = '"checklist" must be a checklist slug such as "checklist-5-10-years".'

/**
 * What a checklist widget sends to `POST /api/widget/v1/reach` for an agency that counts reach:
 * which checklist, and whether a sitting started or completed. Nothing about the visitor.
 */
export const ReachReport = v.strictObject({
  checklist: v.pipe(
    v.string(checklistMessage),
    v.maxLength(100, checklistMessage),
    v.regex(SLUG_PATTERN, checklistMessage),
  ),
  event: v.picklist(REACH_EVENTS, '"event" must be "started" or "completed".'),
})

const extraFields = (report: Record<string, unknown>): string[] =>
  Object.keys(report).filter((key) => !REPORT_FIELDS.some((field) => field === key))

/** A reach report as the request body carries it: JSON text. */
export const ReachReportBody = v.pipe(
  v.string(),
  v.parseJson(undefined, 'The report must be JSON: {"checklist": "<slug>", "event": "started" | "completed"}.'),
  v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'The report must be a JSON object.',
  ),
  v.check(
    (report) => extraFields(report).length === 0,
    (issue) =>
      `A report holds only "checklist" and "event"; remove ${extraFields(issue.input)
        .map((k) => `"${k}"`)
        .join(', ')}.`,
  ),
  // Both fields named, so a missing one is refused with its own message.
  v.transform(({ checklist, event }) => ({ checklist, event })),
  ReachReport,
)

export type LocaleQuery = v.InferOutput<typeof LocaleQuery>
export type ResourcesQuery = v.InferOutput<typeof ResourcesQuery>
export type ReachReport = v.InferOutput<typeof ReachReport>
