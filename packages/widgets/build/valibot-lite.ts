/**
 * The part of valibot's API that the widgets and the delivery contract use, written for size. The
 * self-contained builds resolve `valibot` to this file (see vite.config.ts), so the browser checks
 * the same schemas with the same rules (strict objects, formats, ranges, safe links) for about a
 * quarter of the bytes. Everywhere else (the CMS, the contract tests, the widgets' own tests and the
 * ESM entries for bundlers) the real valibot runs. A function missing here fails the build rather
 * than the page, and `src/valibot-lite.test.ts` holds each one to valibot's verdicts.
 *
 * Outputs follow valibot: objects come back with only their declared keys, arrays as copies. Every
 * problem is collected (valibot's default), each with the path to the offending value.
 */

type Key = string | number
type PathItem = { key: Key }
export type Issue = { message: string; path?: PathItem[] }
type Run = (value: unknown, issues: Issue[], path: Key[]) => unknown
type Check = (value: never) => boolean
export type Schema = { run: Run; entries?: Record<string, Schema>; expects: string; optional?: boolean }
type Action = { check: Check; message: string }

const received = (value: unknown): string =>
  typeof value === 'string'
    ? `"${value}"`
    : value === null || typeof value !== 'object'
      ? String(value)
      : Array.isArray(value)
        ? 'Array'
        : 'Object'

const fail = (issues: Issue[], path: Key[], message: string): void => {
  issues.push({ message, path: path.length ? path.map((key) => ({ key })) : undefined })
}

const expecting = (expects: string, test: (value: unknown) => boolean): Schema => ({
  expects,
  run: (value, issues, path) => {
    if (!test(value)) fail(issues, path, `Invalid type: Expected ${expects} but received ${received(value)}`)
    return value
  },
})

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object'

export const string = () => expecting('string', (v) => typeof v === 'string')
export const number = () => expecting('number', (v) => typeof v === 'number' && !Number.isNaN(v))
export const boolean = () => expecting('boolean', (v) => typeof v === 'boolean')
export const literal = (literal: unknown) => expecting(received(literal), (v) => v === literal)
export const picklist = (options: readonly unknown[]) =>
  expecting(options.map(received).join(' | '), (v) => options.includes(v))

const wrap = (inner: Schema, empty: unknown, optional: boolean): Schema => ({
  expects: `(${inner.expects} | ${empty})`,
  optional,
  run: (value, issues, path) => (value === empty ? value : inner.run(value, issues, path)),
})
export const optional = (inner: Schema) => wrap(inner, undefined, true)
export const nullable = (inner: Schema) => wrap(inner, null, false)

export const array = (item: Schema): Schema => ({
  expects: 'Array',
  run: (value, issues, path) => {
    if (!Array.isArray(value)) return expecting('Array', () => false).run(value, issues, path)
    return value.map((entry, index) => item.run(entry, issues, [...path, index]))
  },
})

const objectOf = (entries: Record<string, Schema>, strict: boolean): Schema => ({
  expects: 'Object',
  entries,
  run: (value, issues, path) => {
    if (!isObject(value)) return expecting('Object', () => false).run(value, issues, path)
    const output: Record<string, unknown> = {}
    for (const key in entries) {
      if (key in value) output[key] = entries[key]!.run(value[key], issues, [...path, key])
      else if (!entries[key]!.optional) fail(issues, [...path, key], `Invalid key: Expected "${key}" but received undefined`)
    }
    const unknown = strict && Object.keys(value).find((key) => !Object.hasOwn(entries, key))
    if (unknown) fail(issues, [...path, unknown], `Invalid key: Expected never but received "${unknown}"`)
    return output
  },
})
export const object = (entries: Record<string, Schema>) => objectOf(entries, false)
export const strictObject = (entries: Record<string, Schema>) => objectOf(entries, true)

export const record = (key: Schema, item: Schema): Schema => ({
  expects: 'Object',
  run: (value, issues, path) => {
    if (!isObject(value)) return expecting('Object', () => false).run(value, issues, path)
    const output: Record<string, unknown> = {}
    for (const name of Object.keys(value)) {
      if (name === '__proto__' || name === 'prototype' || name === 'constructor') continue
      key.run(name, issues, [...path, name])
      output[name] = item.run(value[name], issues, [...path, name])
    }
    return output
  },
})

export const variant = (key: string, options: Schema[]): Schema => ({
  expects: 'Object',
  run: (value, issues, path) => {
    if (!isObject(value)) return expecting('Object', () => false).run(value, issues, path)
    const chosen = options.find((option) => {
        const found: Issue[] = []
        option.entries![key]!.run(value[key], found, [])
        return found.length === 0
      })
    if (chosen) return chosen.run(value, issues, path)
    const expected = options.map((option) => option.entries![key]!.expects).join(' | ')
    fail(issues, [...path, key], `Invalid type: Expected ${expected} but received ${received(value[key])}`)
    return value
  },
})

export const pipe = (schema: Schema, ...actions: Action[]): Schema => ({
  ...schema,
  run: (value, issues, path) => {
    const before = issues.length
    const output = schema.run(value, issues, path)
    if (issues.length === before)
      for (const { check, message } of actions) if (!check(output as never)) fail(issues, path, message)
    return output
  },
})

const action = (check: Check, message: string): Action => ({ check, message })
export const check = (test: (value: never) => boolean, message = 'Invalid input') => action(test, message)
export const regex = (pattern: RegExp, message = `Invalid format: Expected ${pattern}`) =>
  action((v: string) => pattern.test(v), message)
export const minLength = (min: number, message = `Invalid length: Expected >=${min}`) =>
  action((v: string) => v.length >= min, message)
export const maxLength = (max: number, message = `Invalid length: Expected <=${max}`) =>
  action((v: string) => v.length <= max, message)
export const minValue = (min: number, message = `Invalid value: Expected >=${min}`) =>
  action((v: number) => v >= min, message)
export const maxValue = (max: number, message = `Invalid value: Expected <=${max}`) =>
  action((v: number) => v <= max, message)
export const integer = (message = 'Invalid integer') => action(Number.isInteger as Check, message)
const parses = (v: string): boolean => {
  // Not URL.canParse: browsers from before 2023 lack it, and a throw here would reach the host page.
  try {
    return !!new URL(v)
  } catch {
    return false
  }
}
export const url = (message = 'Invalid URL') => action(parses, message)
// Date, then time to the second with optional fraction, then Z or an offset, as valibot's isoTimestamp accepts.
const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3])(:[0-5]\d){2}(\.\d{1,9})?(Z| ?[+-]([01]\d|2[0-3])(:?[0-5]\d)?)$/
export const isoTimestamp = (message = 'Invalid timestamp') => action((v: string) => TIMESTAMP.test(v), message)

export const safeParse = (schema: Schema, input: unknown) => {
  const issues: Issue[] = []
  const output = schema.run(input, issues, [])
  return issues.length ? { success: false, output, issues } : { success: true, output, issues: undefined }
}

export const getDotPath = (issue: Issue): string | null => (issue.path ? issue.path.map((p) => p.key).join('.') : null)
