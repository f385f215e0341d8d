import { describe, expect, it } from 'vitest'
import * as valibot from 'valibot'
import * as lite from '../build/valibot-lite.js'

/**
 * The self-contained bundle checks content with `build/valibot-lite.ts` in place of valibot. Each
 * schema below is built twice from one definition, once with each library, and both must reach the
 * same verdict, the same output, and point at the same place for the first problem.
 */

// Both libraries are driven through the same untyped surface: the point is that they behave alike.
type Lib = Record<string, (...args: never[]) => unknown>

const schemas = (l: Lib) => {
  const v = l as unknown as Record<string, (...args: unknown[]) => unknown>
  const nonEmpty = v.pipe!(v.string!(), v.minLength!(1))
  const text = v.strictObject!({ type: v.literal!('text'), text: v.string!(), bold: v.optional!(v.boolean!()) })
  const link = v.strictObject!({
    type: v.literal!('link'),
    href: v.pipe!(
      v.string!(),
      v.check!((s: string) => /^(https?:|mailto:)/i.test(s), 'links must be http(s) or mailto'),
    ),
    children: v.array!(text),
  })
  return {
    node: v.variant!('type', [text, link, v.strictObject!({ type: v.literal!('linebreak') })]),
    item: v.strictObject!({
      slug: v.pipe!(v.string!(), v.regex!(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug')),
      title: nonEmpty,
      order: v.pipe!(v.number!(), v.integer!(), v.minValue!(1), v.maxValue!(5)),
      kind: v.picklist!(['guide', 'video']),
      url: v.pipe!(v.string!(), v.url!()),
      file: v.nullable!(v.strictObject!({ bytes: v.number!() })),
      at: v.pipe!(v.string!(), v.isoTimestamp!()),
      tags: v.pipe!(v.array!(nonEmpty), v.minLength!(2)),
    }),
    saved: v.object!({
      ratings: v.record!(v.string!(), v.nullable!(v.pipe!(v.number!(), v.integer!(), v.minValue!(0), v.maxValue!(10)))),
      note: v.optional!(v.pipe!(v.string!(), v.maxLength!(5))),
    }),
  }
}

const real = schemas(valibot as unknown as Lib) as Record<string, valibot.GenericSchema>
const mine = schemas(lite) as Record<string, lite.Schema>

const goodItem = {
  slug: 'a-guide',
  title: 'A guide',
  order: 2,
  kind: 'video',
  url: 'https://example.org/x',
  file: null,
  at: '2026-05-01T10:00:00.000Z',
  tags: ['one', 'two'],
}

const cases: [keyof typeof real, unknown][] = [
  ['node', { type: 'text', text: 'hi', bold: true }],
  ['node', { type: 'link', href: 'https://uea.ac.uk', children: [{ type: 'text', text: 'UEA' }] }],
  ['node', { type: 'link', href: 'javascript:alert(1)', children: [] }],
  ['node', { type: 'link', href: 'mailto:a@b.c', children: [{ type: 'text', text: 1 }] }],
  ['node', { type: 'script', text: 'x' }],
  ['node', { type: 'linebreak', extra: true }],
  ['node', 'text'],
  ['node', null],
  ['item', goodItem],
  ['item', { ...goodItem, file: { bytes: 10 } }],
  ['item', { ...goodItem, slug: 'Not A Slug' }],
  ['item', { ...goodItem, title: '' }],
  ['item', { ...goodItem, order: 2.5 }],
  ['item', { ...goodItem, order: 0 }],
  ['item', { ...goodItem, order: 6 }],
  ['item', { ...goodItem, order: Number.NaN }],
  ['item', { ...goodItem, kind: 'podcast' }],
  ['item', { ...goodItem, url: 'not a url' }],
  ['item', { ...goodItem, file: { bytes: '10' } }],
  ['item', { ...goodItem, file: undefined }],
  ['item', { ...goodItem, at: '2026-13-01T10:00:00Z' }],
  ['item', { ...goodItem, at: '2026-05-01 10:00:00+01:00' }],
  ['item', { ...goodItem, at: '1 May 2026' }],
  ['item', { ...goodItem, tags: ['one'] }],
  ['item', { ...goodItem, tags: ['one', ''] }],
  ['item', { ...goodItem, tags: 'one two' }],
  ['item', { ...goodItem, surprise: 1 }],
  ['item', (({ title: _t, ...rest }) => rest)(goodItem)],
  ['item', []],
  ['saved', { ratings: { a: 3, b: null }, note: 'short', unknown: 'kept out' }],
  ['saved', { ratings: { a: 11 } }],
  ['saved', { ratings: { a: 1.5 } }],
  ['saved', { ratings: [] }],
  ['saved', { ratings: {}, note: 'far too long' }],
  ['saved', { ratings: {}, note: undefined }],
  ['saved', { note: 'x' }],
]

describe('valibot-lite, which the self-contained bundle uses in place of valibot', () => {
  it.each(cases.map(([schema, input], i) => [i, schema, input] as const))(
    'agrees with valibot (case %i, %s)',
    (_i, schema, input) => {
      const expected = valibot.safeParse(real[schema]!, input)
      const actual = lite.safeParse(mine[schema]!, input)
      expect(actual.success).toBe(expected.success)
      if (expected.success) expect(actual.output).toEqual(expected.output)
      else expect(lite.getDotPath(actual.issues![0]!)).toBe(valibot.getDotPath(expected.issues[0]))
    },
  )
})
