/** The fixed terms of the Secure Base model as the delivery API names them. */

export const LOCALES = ['en', 'cy'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const CARE_SETTINGS = ['foster-care', 'adoption', 'kinship-care', 'residential-care', 'schools'] as const
export type CareSetting = (typeof CARE_SETTINGS)[number]

export const DIMENSION_SLUGS = [
  'availability',
  'sensitivity',
  'acceptance',
  'co-operation',
  'family-membership',
] as const
export type DimensionSlug = (typeof DIMENSION_SLUGS)[number]

export const AGE_BANDS = ['0-18-months', '19-months-4-years', '5-10-years', '11-18-years'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

export const RESOURCE_TYPES = [
  'guide',
  'training-session',
  'video',
  'article',
  'interview',
  'checklist-document',
  'link',
] as const
export type ResourceType = (typeof RESOURCE_TYPES)[number]

export const CYCLE_ACTORS = ['child', 'caregiver'] as const
export type CycleActor = (typeof CYCLE_ACTORS)[number]

/** A checklist's optional global rating per dimension runs from RATING_MIN to RATING_MAX. */
export const RATING_MIN = 0
export const RATING_MAX = 10

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** A slug or key: lower-case letters and digits in words joined by single hyphens, e.g. `family-membership`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value)

/**
 * A BCP 47 language tag as the contract writes it: a primary language subtag of two or three
 * letters in lower case, then any subtags of two to eight letters or digits (`en`, `cy`, `pt-BR`).
 */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/**
 * Language tags are case-insensitive, so `EN` and `pt-br` are fine to read: the tag in the
 * contract's form (primary subtag lower-cased), or null when it is not a language tag at all.
 */
export const toLanguageTag = (value: string): string | null => {
  const [primary = '', ...rest] = value.split('-')
  const tag = [primary.toLowerCase(), ...rest].join('-')
  return LANGUAGE_TAG_PATTERN.test(tag) ? tag : null
}

/** What a checklist widget reports when the agency counts reach: a sitting started or completed. */
export const REACH_EVENTS = ['started', 'completed'] as const
export type ReachEvent = (typeof REACH_EVENTS)[number]
