import type { FlattenedField } from 'payload'

/** Where a dotted path leads: a field whose type is known, or into something this check does not follow. */
export type Resolved = { kind: 'field'; field: FlattenedField } | { kind: 'opaque' } | { kind: 'unknown' }

const childrenOf = (field: FlattenedField): FlattenedField[] | null =>
  field.type === 'group' || field.type === 'tab' ? field.flattenedFields : null

/**
 * Follows `a.b.c` through groups and named tabs. A path into an array, blocks or a related
 * document is opaque (Payload resolves those itself); a path naming no field is unknown, which
 * Payload's own query validation reports.
 */
export const resolvePath = (fields: readonly FlattenedField[], path: string): Resolved => {
  let current: readonly FlattenedField[] = fields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field = current.find((f) => f.name === segment)
    if (!field) return { kind: 'unknown' }
    if (index === segments.length - 1) return { kind: 'field', field }
    const children = childrenOf(field)
    if (!children) return { kind: 'opaque' }
    current = children
  }
  return { kind: 'unknown' }
}

/** Fields that hold a list of values rather than one. */
export const holdsMany = (field: FlattenedField): boolean =>
  ('hasMany' in field && field.hasMany === true) ||
  field.type === 'array' ||
  field.type === 'blocks' ||
  field.type === 'join'
