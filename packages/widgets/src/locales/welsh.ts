import { cy } from './cy.js'
import type { Catalogue } from './en.js'

/**
 * The Welsh UI text. Built from the sources (tests, Storybook, the ESM entries for bundlers) it is
 * part of the module graph; the self-contained script builds put it in a file of its own, fetched
 * with its integrity hash only when a widget is in Welsh (build/welsh-catalogue.ts).
 */
export const loadWelsh = (): Catalogue | Promise<Catalogue> => cy
