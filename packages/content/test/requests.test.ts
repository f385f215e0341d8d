import { describe, expect, it } from 'vitest'
import { LocaleQuery, ReachReportBody, ResourcesQuery, firstProblem } from '../src/index.js'

const problem = (schema: Parameters<typeof firstProblem>[0], value: unknown) => {
  const result = firstProblem(schema, value)
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused`)
  return result
}

describe('delivery queries', () => {
  it('defaults the locale to English and lower-cases a language filter', () => {
    expect(firstProblem(LocaleQuery, {})).toEqual({ ok: true, value: { locale: 'en' } })
    expect(firstProblem(ResourcesQuery, { locale: 'cy', setting: 'schools', language: 'pt-BR' })).toEqual({
      ok: true,
      value: { locale: 'cy', setting: 'schools', language: 'pt-br' },
    })
  })

  it('names the refused value and the field it was given for', () => {
    expect(problem(LocaleQuery, { locale: 'fr' })).toEqual({
      ok: false,
      field: 'locale',
      message: '"fr" is not a supported locale. Use one of: en, cy.',
    })
    expect(problem(ResourcesQuery, { dimension: 'trust' }).message).toMatch(
      /^"trust" is not a valid dimension\. Use one of: availability,/,
    )
    expect(problem(ResourcesQuery, { setting: 'prison' }).field).toBe('setting')
    expect(problem(ResourcesQuery, { language: 'not a tag' }).message).toBe(
      '"not a tag" is not a language tag: use a BCP 47 tag such as en, cy or pt-BR.',
    )
  })
})

describe('reach report body', () => {
  it('reads a report of a checklist slug and an event', () => {
    expect(firstProblem(ReachReportBody, '{"checklist":"checklist-5-10-years","event":"completed"}')).toEqual({
      ok: true,
      value: { checklist: 'checklist-5-10-years', event: 'completed' },
    })
  })

  it('says what is wrong with anything else', () => {
    const message = (text: string) => problem(ReachReportBody, text).message
    expect(message('not json')).toBe(
      'The report must be JSON: {"checklist": "<slug>", "event": "started" | "completed"}.',
    )
    expect(message('[1, 2]')).toBe('The report must be a JSON object.')
    expect(message('null')).toBe('The report must be a JSON object.')
    expect(message('{"checklist":"a","event":"started","page":"x","who":1}')).toBe(
      'A report holds only "checklist" and "event"; remove "page", "who".',
    )
    expect(message('{"event":"started"}')).toBe('"checklist" must be a checklist slug such as "checklist-5-10-years".')
    expect(message(`{"checklist":"${'a'.repeat(101)}","event":"started"}`)).toMatch(/^"checklist" must be/)
    expect(message('{"checklist":"Not A Slug","event":"started"}')).toMatch(/^"checklist" must be/)
    expect(message('{"checklist":"a"}')).toBe('"event" must be "started" or "completed".')
    expect(message('{"checklist":"a","event":"viewed"}')).toBe('"event" must be "started" or "completed".')
  })
})
