import { describe, expect, it } from 'vitest'
import { DeliveryHttpError } from '../../../src/delivery/errors'
import { parseDeliveryRequest } from '../../../src/delivery/request'

const parse = (path: string, query = '', origin = 'http://cms.test') =>
  parseDeliveryRequest(path.split('/'), new URLSearchParams(query), origin)

const failure = (path: string, query = ''): DeliveryHttpError => {
  try {
    parse(path, query)
  } catch (error) {
    if (error instanceof DeliveryHttpError) return error
    throw error
  }
  throw new Error(`expected ${path}?${query} to be rejected`)
}

describe('delivery request parsing', () => {
  it('routes each endpoint and defaults to English', () => {
    expect(parse('/checklists').route).toEqual({ kind: 'checklists' })
    expect(parse('/checklists/five-to-ten', 'locale=cy')).toMatchObject({
      route: { kind: 'checklist', slug: 'five-to-ten' },
      locale: 'cy',
    })
    expect(parse('/cycle').locale).toBe('en')
    expect(parse('/resources', 'dimension=acceptance&setting=schools&language=EN').route).toEqual({
      kind: 'resources',
      filters: { dimension: 'acceptance', setting: 'schools', language: 'en' },
    })
  })

  it('gives equivalent requests one cache key and different ones different keys', () => {
    const a = parse('/resources', 'setting=schools&dimension=acceptance').key
    const b = parse('/resources/', 'dimension=acceptance&setting=schools').key
    expect(a).toBe(b)
    expect(parse('/resources', 'setting=schools').key).not.toBe(a)
    expect(parse('/dimensions', 'locale=cy').key).not.toBe(parse('/dimensions').key)
    expect(parse('/resources', '', 'http://a.test').key).not.toBe(parse('/resources', '', 'http://b.test').key)
  })

  it('names the bad part of a request', () => {
    expect(failure('/dimensions', 'locale=fr')).toMatchObject({ status: 400, code: 'invalid_locale' })
    expect(failure('/dimensions', 'locale=fr').message).toContain('"fr"')
    expect(failure('/resources', 'setting=prison').message).toMatch(/"prison".*foster-care/)
    expect(failure('/resources', 'dimension=trust').message).toMatch(/"trust".*availability/)
    expect(failure('/resources', 'language=not a tag')).toMatchObject({ status: 400 })
    expect(failure('/cycle', 'setting=schools')).toMatchObject({ status: 400, code: 'unknown_parameter' })
    expect(failure('/cycle', 'setting=schools').message).toContain('"setting"')
    expect(failure('/dimensions', 'locale=en&locale=cy').message).toContain('more than once')
    expect(failure('/checklists/Bad_Slug')).toMatchObject({ status: 400, code: 'invalid_slug' })
    expect(failure('/checklists/a/b')).toMatchObject({ status: 404, code: 'not_found' })
    expect(failure('/nothing-here')).toMatchObject({ status: 404, code: 'not_found' })
    expect(failure('/checklists/%E0%A4%A')).toMatchObject({ status: 400, code: 'invalid_path' })
  })
})
