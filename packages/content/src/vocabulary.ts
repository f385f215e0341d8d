/** The fixed terms of the Secure Base model as the delivery API names them. */

export const LOCALES = ['en', 'cy'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const CARE_SETTINGS = [
  'foster-care',
  'adoption',
  'kinship-care',
  'residential-care',
  'schools',
] as const
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
