/**
 * The part of valibot's API that the widgets and the delivery contract use, written for size. The
 * self-contained builds resolve `valibot` to this file (see vite.config.ts), so the browser checks
 * the same schemas with the same rules (strict objects, formats, ranges, safe links) for about a
 * quarter of the bytes. Everywhere else (the CMS, the contract tests, the widgets' own tests and the
 * ESM entries for bundlers) the real valibot runs. A function missing here fails the build rather
 * than the page, and `src/valibot-lite.test.ts` holds each one to valibot's verdicts.
 *
 * Outputs follow valibot: objects come back with only their declared keys, arrays as copies. Every
 * problem is collected (valibot's default), each with the path to the offending value. Messages
 * are terser than valibot's: with the path they say enough to find the problem, and longer wording
 * would be downloaded by every visitor.
 */

type Key = string | number
type PathItem = { key: Key }
export type Issue = { message: string; path?: PathItem[] }
type Run = (value: unknown, issues: Issue[], path: Key[]) => unknown
type Check = (value: never) => boolean
export type Schema = { run: Run; entries?: Record<string, Schema>; optional?: boolean }
type Action = { check: Check; message: string }

const fail = (issues: Issue[], path: Key[], message: string): void => {
  issues.push({ message, path: path.length ? path.map((key) => ({ key })) : undefined })
}

const expecting = (expects: string, test: (value: unknown) => boolean): Schema => ({
  run: (value, issues, path) => {
    if (!test(value)) fail(issues, path, `Expected ${expects}`)
    return value
  },
})

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object'
const typeOf = (type: string) => expecting(type, (v) => typeof v === type)

export const string = () => typeOf('string')
export const number = () => expecting('number', (v) => typeof v === 'number' && !Number.isNaN(v))
export const boolean = () => typeOf('boolean')
export const literal = (literal: unknown) => expecting(JSON.stringify(literal), (v) => v === literal)
export const picklist = (options: readonly unknown[]) => expecting(JSON.stringify(options), (v) => options.includes(v))

const wrap = (inner: Schema, empty: unknown, optional: boolean): Schema => ({
  optional,
  run: (value, issues, path) => (value === empty ? value : inner.run(value, issues, path)),
})
export const optional = (inner: Schema) => wrap(inner, undefined, true)
export const nullable = (inner: Schema) => wrap(inner, null, false)

/** A schema for a container: `read` runs once `accepts` has said the value is the right kind. */
const container = (
  expects: string,
  accepts: (value: unknown) => boolean,
  read: (value: never, issues: Issue[], path: Key[]) => unknown,
  entries?: Record<string, Schema>,
): Schema => ({
  entries,
  run: (value, issues, path) =>
    accepts(value) ? read(value as never, issues, path) : expecting(expects, () => false).run(value, issues, path),
})

export const array = (item: Schema): Schema =>
  container('an array', Array.isArray, (value: unknown[], issues, path) =>
    value.map((entry, index) => item.run(entry, issues, [...path, index])),
  )

const objectOf = (entries: Record<string, Schema>, strict: boolean): Schema =>
  container(
    'an object',
    isObject,
    (value: Record<string, unknown>, issues, path) => {
      const output: Record<string, unknown> = {}
      for (const key in entries) {
        if (key in value) output[key] = entries[key]!.run(value[key], issues, [...path, key])
        else if (!entries[key]!.optional) fail(issues, [...path, key], 'Missing')
      }
      const unknown = strict && Object.keys(value).find((key) => !Object.hasOwn(entries, key))
      if (unknown) fail(issues, [...path, unknown], 'Not expected')
      return output
    },
    entries,
  )
export const object = (entries: Record<string, Schema>) => objectOf(entries, false)
export const strictObject = (entries: Record<string, Schema>) => objectOf(entries, true)

export const record = (key: Schema, item: Schema): Schema =>
  container('an object', isObject, (value: Record<string, unknown>, issues, path) => {
    const output: Record<string, unknown> = {}
    for (const name of Object.keys(value)) {
      if (name === '__proto__' || name === 'prototype' || name === 'constructor') continue
      key.run(name, issues, [...path, name])
      output[name] = item.run(value[name], issues, [...path, name])
    }
    return output
  })

export const variant = (key: string, options: Schema[]): Schema =>
  container('an object', isObject, (value: Record<string, unknown>, issues, path) => {
    const chosen = options.find((option) => {
      const found: Issue[] = []
      option.entries![key]!.run(value[key], found, [])
      return found.length === 0
    })
    if (chosen) return chosen.run(value, issues, path)
    fail(issues, [...path, key], 'Unknown kind')
    return value
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
export const check = (test: (value: never) => boolean, message = 'Invalid') => action(test, message)
export const regex = (pattern: RegExp, message = `Expected ${pattern}`) =>
  action((v: string) => pattern.test(v), message)
export const minLength = (min: number, message = `Expected length >=${min}`) =>
  action((v: string) => v.length >= min, message)
export const maxLength = (max: number, message = `Expected length <=${max}`) =>
  action((v: string) => v.length <= max, message)
export const minValue = (min: number, message = `Expected >=${min}`) => action((v: number) => v >= min, message)
export const maxValue = (max: number, message = `Expected <=${max}`) => action((v: number) => v <= max, message)
export const integer = (message = 'Expected an integer') => action(Number.isInteger, message)
const parses = (v: string): boolean => {
  // Not URL.canParse: browsers from before 2023 lack it, and a throw here would reach the host page.
  try {
    return !!new URL(v)
  } catch {
    return false
  }
}
export const url = (message = 'Expected a URL') => action(parses, message)
// Date, then time to the second with optional fraction, then Z or an offset, as valibot's isoTimestamp accepts.
const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3])(:[0-5]\d){2}(\.\d{1,9})?(Z| ?[+-]([01]\d|2[0-3])(:?[0-5]\d)?)$/
export const isoTimestamp = (message = 'Expected a timestamp') => action((v: string) => TIMESTAMP.test(v), message)

export const safeParse = (schema: Schema, input: unknown) => {
  const issues: Issue[] = []
  const output = schema.run(input, issues, [])
  return issues.length ? { success: false, output, issues } : { success: true, output, issues: undefined }
}

export const getDotPath = (issue: Issue): string | null => (issue.path ? issue.path.map((p) => p.key).join('.') : null)
