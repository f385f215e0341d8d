import * as v from 'valibot'
import { RATING_MAX, RATING_MIN, validate, type Checklist, type ChecklistSection } from '@secure-base/content'
import type { AnswerStatus, DimensionCounts, Ratings } from '../internal/events.js'

/**
 * The visitor's answers and what can be worked out from them. Pure functions and one schema: the
 * same shape is kept in localStorage and written to export files, and both are checked with it
 * on the way back in.
 */

export const ANSWER_STATUSES = ['seen', 'not-yet', 'not-sure'] as const satisfies readonly AnswerStatus[]

const Rating = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(RATING_MIN), v.maxValue(RATING_MAX)))

const ItemAnswer = v.object({
  status: v.optional(v.picklist(ANSWER_STATUSES)),
  note: v.optional(v.pipe(v.string(), v.maxLength(20000))),
})

const Counts = v.object({
  seen: v.number(),
  notYet: v.number(),
  notSure: v.number(),
  unanswered: v.number(),
})

const Completion = v.object({
  date: v.pipe(v.string(), v.isoTimestamp()),
  version: v.string(),
  ratings: v.record(v.string(), Rating),
  counts: v.record(v.string(), Counts),
})

export const SAVED_FORMAT = 'secure-base-checklist-answers'

export const SavedAnswers = v.object({
  format: v.literal(SAVED_FORMAT),
  formatVersion: v.literal(1),
  checklist: v.string(),
  version: v.string(),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  answers: v.record(v.string(), ItemAnswer),
  ratings: v.record(v.string(), Rating),
  completions: v.array(Completion),
})

export type ItemAnswer = v.InferOutput<typeof ItemAnswer>
export type Completion = v.InferOutput<typeof Completion>
export type SavedAnswers = v.InferOutput<typeof SavedAnswers>

/** The saved answers in JSON text from storage or an imported file; undefined when it holds none. */
export const parseSaved = (text: string): SavedAnswers | undefined => {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  const result = validate(SavedAnswers, parsed)
  return result.ok ? result.value : undefined
}

export interface AnswerSet {
  answers: Record<string, ItemAnswer>
  ratings: Ratings
  completions: Completion[]
}

export const emptyAnswers = (): AnswerSet => ({ answers: {}, ratings: {}, completions: [] })

/** One key per dimension, or `dimension/part` per part when a dimension is rated in parts. */
export const ratingKeys = (section: ChecklistSection): string[] =>
  section.ratingParts.length
    ? section.ratingParts.map((part) => `${section.dimension.slug}/${part.key}`)
    : [section.dimension.slug]

const allItems = (checklist: Checklist) => checklist.sections.flatMap((s) => s.items)

const allRatingKeys = (checklist: Checklist) => new Set(checklist.sections.flatMap(ratingKeys))

const hasContent = (answer: ItemAnswer | undefined) => Boolean(answer?.status || answer?.note?.trim())

export interface Migration {
  set: AnswerSet
  /** Answers (with a status or a note) to items that are no longer in the checklist. */
  dropped: number
  versionChanged: boolean
}

/** Keeps what still applies to this checklist version: answers by item id, ratings by key. */
export const migrate = (saved: SavedAnswers, checklist: Checklist): Migration => {
  const ids = new Set(allItems(checklist).map((i) => i.id))
  const keys = allRatingKeys(checklist)
  const answers: Record<string, ItemAnswer> = {}
  let dropped = 0
  for (const [id, answer] of Object.entries(saved.answers)) {
    if (ids.has(id)) answers[id] = answer
    else if (hasContent(answer)) dropped++
  }
  const ratings: Ratings = {}
  for (const [key, value] of Object.entries(saved.ratings)) if (keys.has(key)) ratings[key] = value
  return {
    set: { answers, ratings, completions: saved.completions },
    dropped,
    versionChanged: saved.version !== checklist.version,
  }
}

export const toSaved = (checklist: Checklist, set: AnswerSet, now = new Date()): SavedAnswers => ({
  format: SAVED_FORMAT,
  formatVersion: 1,
  checklist: checklist.slug,
  version: checklist.version,
  savedAt: now.toISOString(),
  answers: set.answers,
  ratings: set.ratings,
  completions: set.completions,
})

export const sectionCounts = (section: ChecklistSection, set: AnswerSet): DimensionCounts => {
  const counts: DimensionCounts = { seen: 0, notYet: 0, notSure: 0, unanswered: 0 }
  for (const item of section.items) {
    const status = set.answers[item.id]?.status
    if (status === 'seen') counts.seen++
    else if (status === 'not-yet') counts.notYet++
    else if (status === 'not-sure') counts.notSure++
    else counts.unanswered++
  }
  return counts
}

export const allCounts = (checklist: Checklist, set: AnswerSet): Record<string, DimensionCounts> =>
  Object.fromEntries(checklist.sections.map((s) => [s.dimension.slug, sectionCounts(s, set)]))

export const progress = (checklist: Checklist, set: AnswerSet) => {
  const items = allItems(checklist)
  return {
    answered: items.filter((i) => set.answers[i.id]?.status !== undefined).length,
    total: items.length,
    ratingsGiven: Object.values(currentRatings(checklist, set)).filter((r) => typeof r === 'number').length,
  }
}

/** The ratings that belong to this checklist, unrated ones as null: what events and completions carry. */
export const currentRatings = (checklist: Checklist, set: AnswerSet): Ratings =>
  checklist.asksRating
    ? Object.fromEntries([...allRatingKeys(checklist)].map((k) => [k, set.ratings[k] ?? null]))
    : {}

/**
 * One value per dimension for the star chart. A dimension rated in parts is drawn at the mean of
 * the parts given, so the chart keeps five axes; the parts are still listed in words.
 */
export const chartValue = (section: ChecklistSection, ratings: Ratings): number | null => {
  const given = ratingKeys(section)
    .map((k) => ratings[k])
    .filter((r): r is number => typeof r === 'number')
  if (!given.length) return null
  return Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10
}

export const makeCompletion = (checklist: Checklist, set: AnswerSet, now = new Date()): Completion => ({
  date: now.toISOString(),
  version: checklist.version,
  ratings: currentRatings(checklist, set),
  counts: allCounts(checklist, set),
})

const sameDay = (a: string, b: Date) => new Date(a).toDateString() === b.toDateString()

/** Adds a completion; a second look at the summary on the same day replaces that day's entry. */
export const recordCompletion = (completions: Completion[], completion: Completion): Completion[] => {
  const last = completions.at(-1)
  const keep = last && sameDay(last.date, new Date(completion.date)) ? completions.slice(0, -1) : completions
  return [...keep, completion]
}
