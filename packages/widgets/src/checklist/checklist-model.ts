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

/** When each answer or rating was last changed, by item id or rating key; saves from before it have none. */
const ChangeTimes = v.optional(v.record(v.string(), v.pipe(v.string(), v.isoTimestamp())))

export const SavedAnswers = v.object({
  format: v.literal(SAVED_FORMAT),
  formatVersion: v.literal(1),
  checklist: v.string(),
  version: v.string(),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  answers: v.record(v.string(), ItemAnswer),
  ratings: v.record(v.string(), Rating),
  completions: v.array(Completion),
  answeredAt: ChangeTimes,
  ratedAt: ChangeTimes,
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
  /**
   * When each answer was last changed (ISO timestamps), by item id, kept also for answers cleared
   * since, so that merging two tabs' answers knows which is newer.
   */
  answeredAt: Record<string, string>
  /** The same for ratings, by rating key. */
  ratedAt: Record<string, string>
}

export const emptyAnswers = (): AnswerSet => ({
  answers: {},
  ratings: {},
  completions: [],
  answeredAt: {},
  ratedAt: {},
})

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** `next` with the time `now` recorded for every answer and rating that differs from `previous`. */
export const stampChanges = (previous: AnswerSet, next: AnswerSet, now = new Date()): AnswerSet => {
  const stamp = <V>(before: Record<string, V>, after: Record<string, V>, times: Record<string, string>) => {
    const stamped = { ...times }
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      if (!sameJson(before[key], after[key])) stamped[key] = now.toISOString()
    return stamped
  }
  return {
    ...next,
    answeredAt: stamp(previous.answers, next.answers, next.answeredAt),
    ratedAt: stamp(previous.ratings, next.ratings, next.ratedAt),
  }
}

/** Per key, the value from whichever side changed it last; a key with no time counts as oldest, and a tie keeps `mine`. */
const newestPerKey = <V>(
  mine: { values: Record<string, V>; times: Record<string, string> },
  theirs: { values: Record<string, V>; times: Record<string, string> },
) => {
  const values: Record<string, V> = {}
  const times: Record<string, string> = {}
  const keys = new Set([
    ...Object.keys(mine.values),
    ...Object.keys(mine.times),
    ...Object.keys(theirs.values),
    ...Object.keys(theirs.times),
  ])
  for (const key of keys) {
    const side = (theirs.times[key] ?? '') > (mine.times[key] ?? '') ? theirs : mine
    if (key in side.values) values[key] = side.values[key]!
    if (side.times[key]) times[key] = side.times[key]
  }
  return { values, times }
}

/**
 * The answers of two tabs on the same checklist, merged question by question and rating by rating:
 * the one changed last wins, so neither tab's work is lost to the other's save. Completions from
 * both are kept, in date order.
 */
export const mergeAnswers = (mine: AnswerSet, theirs: AnswerSet): AnswerSet => {
  const answers = newestPerKey(
    { values: mine.answers, times: mine.answeredAt },
    { values: theirs.answers, times: theirs.answeredAt },
  )
  const ratings = newestPerKey(
    { values: mine.ratings, times: mine.ratedAt },
    { values: theirs.ratings, times: theirs.ratedAt },
  )
  const byDate = new Map([...mine.completions, ...theirs.completions].map((c) => [c.date, c]))
  return {
    answers: answers.values,
    ratings: ratings.values,
    completions: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
    answeredAt: answers.times,
    ratedAt: ratings.times,
  }
}

/** Whether two answer sets hold the same answers, ratings and completions. */
export const sameAnswers = (a: AnswerSet, b: AnswerSet): boolean => sameJson(a, b)

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
    set: {
      answers,
      ratings,
      completions: saved.completions,
      answeredAt: saved.answeredAt ?? {},
      ratedAt: saved.ratedAt ?? {},
    },
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
  answeredAt: set.answeredAt,
  ratedAt: set.ratedAt,
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
  checklist.asksRating ? Object.fromEntries([...allRatingKeys(checklist)].map((k) => [k, set.ratings[k] ?? null])) : {}

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
