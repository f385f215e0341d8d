import * as v from 'valibot'
import { RichText } from './rich-text.js'
import {
  AGE_BANDS,
  CARE_SETTINGS,
  CYCLE_ACTORS,
  DIMENSION_SLUGS,
  LANGUAGE_TAG_PATTERN,
  LOCALES,
  RESOURCE_TYPES,
  SLUG_PATTERN,
} from './vocabulary.js'

/**
 * The delivery contract, version 1: what `/api/widget/v1/*` returns and what the widgets read.
 * Every response is `{ meta, data }`. The shapes are resolved (no IDs to follow) and carry no
 * editor-only fields. Each schema below is the single definition of both the runtime check and the
 * TypeScript type.
 */

export const API_VERSION = 'v1'
export const API_PREFIX = `/api/widget/${API_VERSION}`

const nonEmpty = v.pipe(v.string(), v.minLength(1))
const slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'a lowercase slug'))
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'a #rrggbb colour'))
const absoluteUrl = v.pipe(
  v.string(),
  v.url(),
  v.check((u) => /^https?:/i.test(u), 'an http(s) URL'),
)
const isoDate = v.pipe(v.string(), v.isoTimestamp())

const Locale = v.picklist(LOCALES)
const CareSetting = v.picklist(CARE_SETTINGS)
const DimensionSlug = v.picklist(DIMENSION_SLUGS)
const AgeBand = v.picklist(AGE_BANDS)
const ResourceType = v.picklist(RESOURCE_TYPES)
const CycleActor = v.picklist(CYCLE_ACTORS)

export const Meta = v.strictObject({
  apiVersion: v.literal(API_VERSION),
  /** The locale every string in `data` is in, except the paths listed in `fallbacks`. */
  locale: Locale,
  fallbackLocale: v.literal('en'),
  /** JSON Pointers (RFC 6901, relative to `data`) of strings served in English because no translation exists. */
  fallbacks: v.array(v.pipe(v.string(), v.regex(/^(\/[^/]*)+$/, 'a JSON Pointer'))),
  /** When the newest published document in this response last changed. */
  updatedAt: isoDate,
})

export const DimensionRef = v.strictObject({
  slug: DimensionSlug,
  name: nonEmpty,
  subtitle: nonEmpty,
  colour,
})

export const Dimension = v.strictObject({
  ...DimensionRef.entries,
  order: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  summary: nonEmpty,
  explanation: RichText,
  /** What the caregiver pays attention to and does on this dimension. */
  caregiverFocus: nonEmpty,
  /** What the child gains when this dimension goes well. */
  childGains: nonEmpty,
  settingNotes: v.array(v.strictObject({ setting: CareSetting, note: nonEmpty })),
})

export const ResourceFile = v.strictObject({
  filename: nonEmpty,
  mimeType: nonEmpty,
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

export const Resource = v.strictObject({
  slug,
  title: nonEmpty,
  type: ResourceType,
  /** Where the visitor goes: the uploaded file as the CMS serves it, or an external page. */
  url: absoluteUrl,
  file: v.nullable(ResourceFile),
  settings: v.array(CareSetting),
  dimensions: v.array(DimensionSlug),
  /** The language the resource itself is written or spoken in (a BCP 47 tag such as `en` or `no`). */
  language: v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN, 'a BCP 47 language tag')),
  description: v.string(),
})

export const CycleStage = v.strictObject({
  key: slug,
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  label: nonEmpty,
  actor: CycleActor,
  explanation: nonEmpty,
})

export const CaregivingCycle = v.strictObject({
  title: nonEmpty,
  introduction: RichText,
  /** In order around the loop; after the last stage the cycle returns to the first. */
  stages: v.pipe(v.array(CycleStage), v.minLength(2)),
  /** How each dimension sits inside the cycle: one step per stage, keyed by the stage's `key`. */
  dimensions: v.array(
    v.strictObject({
      dimension: DimensionRef,
      steps: v.array(v.strictObject({ stage: slug, text: nonEmpty })),
    }),
  ),
})

export const ChecklistItem = v.strictObject({
  /** Stable across edits and locales: saved answers are keyed by it. */
  id: nonEmpty,
  question: nonEmpty,
  evidencePrompt: v.string(),
})

export const RatingPart = v.strictObject({ key: slug, label: nonEmpty })

export const ChecklistSection = v.strictObject({
  dimension: DimensionRef,
  /** Empty: one 0–10 rating for the dimension. Two or more: a rating for each part (e.g. this family / birth family). */
  ratingParts: v.array(RatingPart),
  items: v.array(ChecklistItem),
  /** Reflective guidance on where to focus next. */
  guidance: RichText,
  resources: v.array(Resource),
})

export const ChecklistSummary = v.strictObject({
  slug,
  title: nonEmpty,
  ageBand: AgeBand,
  settings: v.array(CareSetting),
})

export const Checklist = v.strictObject({
  ...ChecklistSummary.entries,
  /** Changes whenever the published checklist changes; saved answers remember the version they were given against. */
  version: nonEmpty,
  introduction: RichText,
  asksRating: v.boolean(),
  /** True while the items are the project's samples, to be replaced by an agency with the licensed text. */
  isSample: v.boolean(),
  sections: v.array(ChecklistSection),
})

const envelope = <T extends v.GenericSchema>(data: T) => v.strictObject({ meta: Meta, data })

export const ChecklistResponse = envelope(Checklist)
export const ChecklistListResponse = envelope(v.array(ChecklistSummary))
export const CycleResponse = envelope(CaregivingCycle)
export const DimensionsResponse = envelope(v.array(Dimension))
export const ResourcesResponse = envelope(v.array(Resource))

export const ErrorResponse = v.strictObject({
  error: v.strictObject({
    status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
    code: nonEmpty,
    message: nonEmpty,
  }),
})

export type Meta = v.InferOutput<typeof Meta>
export type DimensionRef = v.InferOutput<typeof DimensionRef>
export type Dimension = v.InferOutput<typeof Dimension>
export type Resource = v.InferOutput<typeof Resource>
export type ResourceFile = v.InferOutput<typeof ResourceFile>
export type CycleStage = v.InferOutput<typeof CycleStage>
export type CaregivingCycle = v.InferOutput<typeof CaregivingCycle>
export type ChecklistItem = v.InferOutput<typeof ChecklistItem>
export type RatingPart = v.InferOutput<typeof RatingPart>
export type ChecklistSection = v.InferOutput<typeof ChecklistSection>
export type ChecklistSummary = v.InferOutput<typeof ChecklistSummary>
export type Checklist = v.InferOutput<typeof Checklist>
export type ChecklistResponse = v.InferOutput<typeof ChecklistResponse>
export type ChecklistListResponse = v.InferOutput<typeof ChecklistListResponse>
export type CycleResponse = v.InferOutput<typeof CycleResponse>
export type DimensionsResponse = v.InferOutput<typeof DimensionsResponse>
export type ResourcesResponse = v.InferOutput<typeof ResourcesResponse>
export type ErrorResponse = v.InferOutput<typeof ErrorResponse>
