import { RATING_MAX, RATING_MIN, type Checklist, type ChecklistSection } from '@secure-base/content'

/**
 * What the checklist widget asks, written out once so the floor and the peer ask exactly the same:
 * per question three answers and an evidence note, per dimension (and per rating part) one rating
 * from "not rated yet" and 0 to 10. The wording is the widget's English UI text.
 */

export const ANSWERS = [
  { value: 'seen', label: 'Seen' },
  { value: 'not-yet', label: 'Not yet' },
  { value: 'not-sure', label: 'Not sure' },
] as const

export const NOT_RATED = 'Not rated yet'
export const EVIDENCE_HINT = 'Evidence note (optional)'
export const RATING_HINT = '0 means this is just beginning; 10 means it is going very well for the child.'
export const RATING_VALUES = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i)

export interface Rating {
  key: string
  legend: string
}

/** A dimension's ratings: one, or one per rating part (family membership rates this family and the birth family). */
export const ratings = (section: ChecklistSection): Rating[] => {
  const name = section.dimension.name
  const range = `from ${RATING_MIN} to ${RATING_MAX}`
  return section.ratingParts.length
    ? section.ratingParts.map((part) => ({
        key: `${section.dimension.slug}/${part.key}`,
        legend: `Overall rating for ${name}: ${part.label}, ${range}`,
      }))
    : [{ key: section.dimension.slug, legend: `Overall rating for ${name}, ${range}` }]
}

/** Every radio the form holds: three per question, and "not rated yet" plus 0–10 per rating. */
export const radioCount = (checklist: Checklist): number =>
  checklist.sections.reduce(
    (sum, section) =>
      sum +
      section.items.length * ANSWERS.length +
      (checklist.asksRating ? ratings(section).length * (RATING_VALUES.length + 1) : 0),
    0,
  )
