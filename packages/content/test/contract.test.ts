import { describe, expect, it } from 'vitest'
import { Checklist, ErrorResponse, Meta, RichText, Resource, richTextToPlain, validate } from '../src/index.js'

const meta = {
  apiVersion: 'v1',
  locale: 'cy',
  fallbackLocale: 'en',
  fallbacks: ['/sections/0/items/1/question'],
  updatedAt: '2026-11-20T10:00:00.000Z',
}

const checklist = {
  slug: '5-10-years',
  title: 'Rhestr wirio 5–10 oed',
  ageBand: '5-10-years',
  settings: ['foster-care', 'adoption'],
  version: 'a1b2c3',
  introduction: [{ type: 'paragraph', children: [{ type: 'text', text: 'Croeso' }] }],
  asksRating: true,
  isSample: true,
  sections: [
    {
      dimension: {
        slug: 'availability',
        name: 'Argaeledd',
        subtitle: 'helpu’r plentyn i ymddiried',
        colour: '#1f6f8b',
      },
      ratingParts: [],
      items: [
        { id: 'i1', question: 'Question one?', evidencePrompt: 'When?' },
        { id: 'i2', question: 'Question two?', evidencePrompt: '' },
      ],
      guidance: [],
      resources: [],
    },
  ],
}

describe('the delivery contract', () => {
  it('accepts a well-formed checklist and its metadata', () => {
    expect(validate(Meta, meta)).toEqual({ ok: true, value: meta })
    expect(validate(Checklist, checklist).ok).toBe(true)
  })

  it('names the path and the problem when a field is wrong', () => {
    const broken = structuredClone(checklist)
    broken.sections[0]!.dimension.colour = 'teal'
    const result = validate(Checklist, broken)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.join('\n')).toMatch(/sections\.0\.dimension\.colour: a #rrggbb colour/)
  })

  it('rejects fields the contract does not define, so editor-only data cannot leak unnoticed', () => {
    const leaky = { ...checklist, _status: 'draft' }
    expect(validate(Checklist, leaky).ok).toBe(false)
  })

  it('rejects an unknown dimension, age band or locale', () => {
    expect(validate(Checklist, { ...checklist, ageBand: '3-5-years' }).ok).toBe(false)
    expect(validate(Meta, { ...meta, locale: 'fr' }).ok).toBe(false)
    const wrongDimension = structuredClone(checklist)
    ;(wrongDimension.sections[0]!.dimension as { slug: string }).slug = 'resilience'
    expect(validate(Checklist, wrongDimension).ok).toBe(false)
  })

  it('only lets through links a widget can follow safely', () => {
    const link = (href: string) => [
      { type: 'paragraph', children: [{ type: 'link', href, children: [{ type: 'text', text: 'UEA' }] }] },
    ]
    expect(validate(RichText, link('https://www.uea.ac.uk/')).ok).toBe(true)
    expect(validate(RichText, link('mailto:team@example.org')).ok).toBe(true)
    expect(validate(RichText, link('javascript:alert(1)')).ok).toBe(false)
  })

  it('requires a resource URL to be absolute http(s)', () => {
    const resource = {
      slug: 'intro-video',
      title: 'Introductory video',
      type: 'video',
      url: 'https://www.uea.ac.uk/',
      file: null,
      settings: [],
      dimensions: ['availability'],
      language: 'en',
      description: '',
    }
    expect(validate(Resource, resource).ok).toBe(true)
    expect(validate(Resource, { ...resource, url: '/relative.pdf' }).ok).toBe(false)
    expect(validate(Resource, { ...resource, language: 'English' }).ok).toBe(false)
  })

  it('describes errors in one shape', () => {
    expect(validate(ErrorResponse, { error: { status: 404, code: 'not_found', message: 'No checklist "x"' } }).ok).toBe(
      true,
    )
    expect(validate(ErrorResponse, { error: 'nope' }).ok).toBe(false)
  })

  it('turns rich text into plain text for titles and summaries', () => {
    const text = richTextToPlain([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Trust' }] },
      {
        type: 'list',
        ordered: false,
        items: [{ children: [{ type: 'text', text: 'one' }] }, { children: [{ type: 'text', text: 'two' }] }],
      },
    ])
    expect(text).toBe('Trust\n\none\ntwo')
  })
})
