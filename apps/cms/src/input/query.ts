import type { FlattenedField } from 'payload'
import { isRecord } from '../lib/documents'
import { holdsMany, resolvePath } from './fields'

/**
 * Checks a `where` clause and the paging numbers before Payload turns them into a database query.
 * Payload checks that each path names a field the caller may read and that each operator exists,
 * but not that the value fits the field and the operator: `where[createdAt][equals]=` or
 * `where[slug][near]=x` otherwise reach the database adapter and come back as a 500. Each problem
 * found is described in words a client developer can act on.
 */
export const MAX_LIMIT = 10_000
export const MAX_PAGE = 1_000_000
/** SQLite refuses statements with too many bound values; no real filter needs this many conditions. */
export const MAX_CONDITIONS = 100

type Scalar = string | number | boolean | null

const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const ORDERED_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const COMPARISONS = [...ORDERED_OPERATORS, 'exists']

/** Operators a field of this kind can be queried with; kinds not listed take any of Payload's operators. */
const OPERATORS_BY_TYPE: Partial<Record<FlattenedField['type'] | 'id', readonly string[]>> = {
  id: COMPARISONS,
  number: [...COMPARISONS, 'all'],
  date: [...COMPARISONS, 'like'],
  checkbox: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
}

/** The separate values an operator was given: list operators take arrays or comma-separated text. */
const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',')
  return [value]
}

const isDate = (value: unknown): boolean =>
  value instanceof Date ||
  ((typeof value === 'string' || typeof value === 'number') &&
    String(value).trim() !== '' &&
    !Number.isNaN(new Date(value).getTime()))

const isNumber = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const checkValue = (
  path: string,
  operator: string,
  value: unknown,
  field: FlattenedField | null,
  numericIds: boolean,
): string | null => {
  const where = `where[${path}][${operator}]`
  const kind = field ? field.type : path === 'id' && numericIds ? 'id' : null
  const allowed = kind ? OPERATORS_BY_TYPE[kind] : undefined
  if (allowed && !allowed.includes(operator)) return `${where}: a ${kind} field takes ${allowed.join(', ')}.`
  if (GEO_OPERATORS.has(operator)) {
    return field?.type === 'point' || field === null
      ? null
      : `${where}: "${operator}" only applies to point (map location) fields.`
  }
  if (operator === 'exists') {
    return value === true || value === false || value === 'true' || value === 'false'
      ? null
      : `${where} must be true or false.`
  }
  const values = valuesOf(operator, value)
  if (!values.every(isScalar)) return `${where} must be a value or a list of values, not an object.`
  if (values.length > 1 && !LIST_OPERATORS.has(operator)) return `${where} takes one value; use "in" for a list.`
  if (operator === 'all' && field !== null && !holdsMany(field))
    return `${where}: "all" only applies to fields that hold several values.`
  if (field === null && path === 'id' && numericIds && ORDERED_OPERATORS.has(operator)) {
    return values.every((v) => v === null || (isNumber(v) && Number.isInteger(Number(v))))
      ? null
      : `${where}: document ids are whole numbers.`
  }
  if (!field || !ORDERED_OPERATORS.has(operator)) return null
  if (field.type === 'date' && !values.every((v) => v === null || isDate(v)))
    return `${where} must be a date, e.g. 2026-12-02 or 2026-12-02T10:00:00Z.`
  if (field.type === 'number' && !values.every((v) => v === null || isNumber(v))) return `${where} must be a number.`
  if (
    field.type === 'checkbox' &&
    !values.every((v) => v === null || v === true || v === false || v === 'true' || v === 'false')
  ) {
    return `${where} must be true or false.`
  }
  return null
}

interface Walk {
  fields: readonly FlattenedField[]
  numericIds: boolean
  problems: string[]
  conditions: number
}

const walk = (where: unknown, state: Walk, depth: number): void => {
  const { problems } = state
  if (depth > 32) {
    problems.push('The where clause nests "and"/"or" more than 32 levels deep.')
    return
  }
  if (where === null || typeof where !== 'object' || Array.isArray(where)) {
    problems.push('A where clause must be an object of field conditions.')
    return
  }
  for (const [path, condition] of Object.entries(where)) {
    if (path.toLowerCase() === 'and' || path.toLowerCase() === 'or') {
      const list = Array.isArray(condition)
        ? condition
        : condition && typeof condition === 'object'
          ? Object.values(condition)
          : null
      if (!list) {
        problems.push(`where[${path}] must be a list of conditions.`)
        continue
      }
      for (const item of list) walk(item, state, depth + 1)
      continue
    }
    if (!isRecord(condition)) {
      problems.push(`where[${path}] must name an operator, e.g. where[${path}][equals]=…`)
      continue
    }
    const resolved = resolvePath(state.fields, path.startsWith('version.') ? path.slice('version.'.length) : path)
    const field = resolved.kind === 'field' ? resolved.field : null
    for (const [operator, value] of Object.entries(condition)) {
      state.conditions += Array.isArray(value) ? value.length : 1
      const problem = checkValue(path, operator, value, field, state.numericIds)
      if (problem) problems.push(problem)
    }
  }
}

export const whereProblems = (where: unknown, fields: readonly FlattenedField[], numericIds: boolean): string[] => {
  if (where === undefined) return []
  const state: Walk = { fields, numericIds, problems: [], conditions: 0 }
  walk(where, state, 0)
  if (state.conditions > MAX_CONDITIONS)
    state.problems.push(`A where clause may hold at most ${MAX_CONDITIONS} conditions.`)
  return state.problems
}

export const pagingProblems = ({ limit, page }: { limit?: unknown; page?: unknown }): string[] => {
  const problems: string[] = []
  if (
    limit !== undefined &&
    !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 && limit <= MAX_LIMIT)
  ) {
    problems.push(`limit must be a whole number from 0 to ${MAX_LIMIT}.`)
  }
  if (page !== undefined && !(typeof page === 'number' && Number.isInteger(page) && page >= 1 && page <= MAX_PAGE)) {
    problems.push(`page must be a whole number from 1 to ${MAX_PAGE}.`)
  }
  return problems
}
