import type { FlattenedField } from 'payload'

/**
 * Checks that each value in a create or update body has the shape its field stores, before
 * Payload's hooks and validators run. Those assume the shape (an email is text, an order is a
 * finite number); a body such as `{"email":123}` or `{"order":1e400}` would otherwise fail deep in
 * a hook or the database as a 500 instead of a 400 that names the field.
 */
export interface DataProblem {
  path: string
  message: string
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'radio', 'select'])

const describeExpected = (field: FlattenedField): string | null => {
  const many = 'hasMany' in field && field.hasMany === true
  if (TEXT_TYPES.has(field.type)) return many ? 'a list of text values' : 'text'
  if (field.type === 'number') return many ? 'a list of numbers' : 'a number'
  if (field.type === 'checkbox') return 'true or false'
  if (field.type === 'date') return 'a date'
  if (field.type === 'group' || field.type === 'tab') return 'an object of its fields'
  if (field.type === 'array') return 'a list of rows'
  return null
}

const fitsOne = (field: FlattenedField, value: unknown): boolean => {
  if (TEXT_TYPES.has(field.type)) return typeof value === 'string'
  if (field.type === 'number') return typeof value === 'number' && Number.isFinite(value)
  return true
}

const fits = (field: FlattenedField, value: unknown): boolean => {
  if (value === null) return true
  const many = 'hasMany' in field && field.hasMany === true
  if (many && (TEXT_TYPES.has(field.type) || field.type === 'number')) {
    return Array.isArray(value) && value.every((item) => fitsOne(field, item))
  }
  if (TEXT_TYPES.has(field.type) || field.type === 'number') return fitsOne(field, value)
  if (field.type === 'checkbox') return typeof value === 'boolean'
  if (field.type === 'date')
    return value instanceof Date || (typeof value === 'string' && !Number.isNaN(new Date(value).getTime()))
  if (field.type === 'group' || field.type === 'tab') return typeof value === 'object' && !Array.isArray(value)
  if (field.type === 'array') return Array.isArray(value)
  return true
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const walk = (
  data: Record<string, unknown>,
  fields: readonly FlattenedField[],
  prefix: string,
  problems: DataProblem[],
): void => {
  for (const field of fields) {
    if (!('name' in field) || !Object.hasOwn(data, field.name)) continue
    const value = data[field.name]
    if (value === undefined) continue
    const path = `${prefix}${field.name}`
    // A localized field may carry every locale at once (`locale=all`); each locale's value is checked.
    if (
      field.localized &&
      isPlainObject(value) &&
      field.type !== 'group' &&
      field.type !== 'tab' &&
      field.type !== 'json'
    ) {
      for (const [locale, localeValue] of Object.entries(value)) {
        if (localeValue !== undefined && !fits(field, localeValue)) {
          problems.push({
            path: `${path}.${locale}`,
            message: `${field.name} (${locale}) must be ${describeExpected(field)}.`,
          })
        }
      }
      continue
    }
    if (!fits(field, value)) {
      problems.push({ path, message: `${field.name} must be ${describeExpected(field)}.` })
      continue
    }
    if ((field.type === 'group' || field.type === 'tab') && isPlainObject(value)) {
      walk(value, field.flattenedFields, `${path}.`, problems)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (isPlainObject(row)) walk(row, field.flattenedFields, `${path}.${index}.`, problems)
        else
          problems.push({
            path: `${path}.${index}`,
            message: `Each row of ${field.name} must be an object of its fields.`,
          })
      })
    }
  }
}

export const dataProblems = (data: unknown, fields: readonly FlattenedField[]): DataProblem[] => {
  if (data === undefined) return []
  if (!isPlainObject(data)) return [{ path: '', message: 'The document must be a JSON object of its fields.' }]
  const problems: DataProblem[] = []
  walk(data, fields, '', problems)
  return problems
}
