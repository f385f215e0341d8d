import { cy } from './cy.js'
import { en, type Catalogue, type UiLocale } from './en.js'

export type { Catalogue, MessageKey, UiLocale } from './en.js'

/** Every UI catalogue, for tests and tools; the widgets themselves load Welsh through `welsh.ts`. */
export const catalogues: Record<UiLocale, Catalogue> = { en, cy }
