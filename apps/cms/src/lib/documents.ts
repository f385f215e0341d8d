/**
 * Reading Payload documents where their values cannot be trusted to match the generated types:
 * the admin's live preview hands the delivery transform the unsaved values of a form, which may be
 * incomplete or of any shape, and a relationship is an ID or the populated document depending on
 * depth. Field names still come from the generated types, so a misspelt field does not compile.
 */

/** A document's fields (named as in `payload-types.ts`) with each value still to be checked where it is read. */
export type Unchecked<T> = { readonly [K in keyof T]?: unknown }

/** One row of an array field, e.g. `Row<Checklist['sections']>`. */
export type Row<Field> = Unchecked<NonNullable<Field> extends readonly (infer R)[] ? R : never>

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The rows of an array field that are objects; anything else reads as no rows. */
export const rowsOf = <Field>(value: unknown): Row<Field>[] => (Array.isArray(value) ? value.filter(isRecord) : [])

/** A relationship's ID, whether it arrives as a bare ID or as the populated document. */
export const relationId = (value: unknown): string | number | undefined => {
  const id = isRecord(value) ? value.id : value
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}

/** The same ID as a string, the form the delivery transform keys its lookups by. */
export const relationKey = (value: unknown): string | null => {
  const id = relationId(value)
  return id === undefined ? null : String(id)
}

export const relationKeys = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(relationKey).filter((id): id is string => id !== null) : []

/**
 * What clears a localized field in one locale, so that readers with fallback off see it as missing
 * and the delivery API serves the English text in its place, saying so. Payload stores null; the
 * generated types describe a required field as a string in every locale. This is the one place the
 * CMS's code and the generated types disagree, so the one cast stands here.
 */
export const UNTRANSLATED = null as unknown as string
