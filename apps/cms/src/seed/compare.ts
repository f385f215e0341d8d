import { isRecord } from '../lib/documents'

/**
 * True when every value the seed wants is already stored. Stored documents carry extra keys
 * (ids, timestamps, editor defaults), so only the keys the seed names are compared; array rows
 * are matched by position and must be the same in number.
 */
export const containsAll = (desired: unknown, actual: unknown): boolean => {
  if (desired === undefined) return true
  if (Array.isArray(desired)) {
    if (!Array.isArray(actual) || actual.length !== desired.length) return false
    return desired.every((item, index) => containsAll(item, actual[index]))
  }
  if (desired !== null && typeof desired === 'object') {
    if (!isRecord(actual)) return false
    return Object.entries(desired).every(([key, value]) => containsAll(value, actual[key]))
  }
  if (desired === null) return actual === null || actual === undefined
  // IDs are numbers on SQLite and strings on MongoDB; a relationship matches either way.
  return String(desired) === String(actual)
}
