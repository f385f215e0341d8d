import type { Locale, RichText } from '@secure-base/content'
import { isRecord, type Row } from '../lib/documents'
import { lexicalToRichText } from './rich-text'

const isPresent = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * Picks each localized value from the requested locale and, only where that locale has nothing,
 * from English, remembering where it did so. The documents come from Payload with fallback off, so a
 * missing translation is visible here as null or an empty string rather than silently English.
 */
export class Localizer {
  readonly fallbacks: string[] = []

  constructor(readonly locale: Locale) {}

  /** A localized string; `''` when neither locale has one (for optional fields). */
  text(path: string, requested: unknown, english: unknown): string {
    if (isPresent(requested)) return requested
    if (this.locale !== 'en' && isPresent(english)) {
      this.fallbacks.push(path)
      return english
    }
    return ''
  }

  /** A localized rich-text field; a translation that converts to nothing counts as missing. */
  richText(path: string, requested: unknown, english: unknown): RichText {
    const own = lexicalToRichText(requested)
    if (own.length || this.locale === 'en') return own
    const fallback = lexicalToRichText(english)
    if (fallback.length) this.fallbacks.push(path)
    return fallback
  }
}

/**
 * Array rows are shared by every locale (only the text inside is localized), so the English copy of
 * a row is found by its id; position is the fallback for rows saved without one.
 */
export const englishRow = <Field = Record<string, unknown>[]>(
  englishRows: unknown,
  row: { readonly id?: unknown },
  index: number,
): Row<Field> => {
  if (!Array.isArray(englishRows)) return {}
  const byId =
    row.id == null ? undefined : englishRows.find((r) => isRecord(r) && r.id != null && String(r.id) === String(row.id))
  const found: unknown = byId ?? englishRows[index]
  return isRecord(found) ? found : {}
}
