import type { AgeBand, CareSetting, CycleActor, DimensionSlug, ResourceType } from '@secure-base/content'
import type { LexicalState } from './richText'

export interface DimensionFixture {
  slug: DimensionSlug
  order: number
  colour: string
  name: string
  subtitle: string
  summary: string
  explanation: LexicalState
  caregiverFocus: string
  childGains: string
  settingNotes: { setting: CareSetting; note: string }[]
  /** Welsh is deliberately partial: only these fields are translated. */
  cy: { name: string; subtitle: string; summary: string }
}

export interface ExplanationFixture {
  slug: string
  order: number
  title: string
  summary: string
  body: LexicalState
  dimensions: DimensionSlug[]
  settings: CareSetting[]
}

export interface ResourceFixture {
  slug: string
  type: ResourceType
  title: string
  description: string
  externalUrl: string
  language: string
  settings: CareSetting[]
  dimensions: DimensionSlug[]
}

export interface ChecklistSectionFixture {
  dimension: DimensionSlug
  ratingParts?: { key: string; label: string }[]
  items: { question: string; evidencePrompt: string }[]
  guidance: LexicalState
  resources: string[]
}

export interface ChecklistFixture {
  slug: string
  ageBand: AgeBand
  title: string
  introduction: LexicalState
  settings: CareSetting[]
  asksRating: boolean
  isSample: boolean
  sections: ChecklistSectionFixture[]
  cy?: { title: string; introduction: LexicalState }
}

export interface CycleStageFixture {
  key: string
  label: string
  actor: CycleActor
  explanation: string
}

export interface CaregivingCycleFixture {
  title: string
  introduction: LexicalState
  stages: CycleStageFixture[]
  dimensionSteps: { dimension: DimensionSlug; steps: { stage: string; text: string }[] }[]
  cy: { title: string; stages: Record<string, { label: string; explanation?: string }> }
}

export interface AgencyFixture {
  name: string
  slug: string
  allowedOrigins: string[]
  theme: { primary: string; accent: string; surface: string; text: string }
  contact: { email: string; phone: string; website: string }
  analyticsOptIn: boolean
}
