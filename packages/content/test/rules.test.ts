import { describe, expect, it } from 'vitest'
import { ReachReport, escapeHtml, isSlug, toLanguageTag, validate } from '../src/index.js'

describe('shared rules', () => {
  it('takes slugs of lower-case words joined by single hyphens', () => {
    expect(isSlug('family-membership')).toBe(true)
    expect(isSlug('5-10-years')).toBe(true)
    for (const bad of ['', 'Family', 'two--hyphens', '-leading', 'trailing-', 'with space', 42])
      expect(isSlug(bad)).toBe(false)
  })

  it('reads language tags in any case and writes the primary subtag in lower case', () => {
    expect(toLanguageTag('en')).toBe('en')
    expect(toLanguageTag('EN')).toBe('en')
    expect(toLanguageTag('pt-BR')).toBe('pt-BR')
    expect(toLanguageTag('PT-br')).toBe('pt-br')
    for (const bad of ['English', 'e', '', 'en_GB', 'en-', ' en']) expect(toLanguageTag(bad)).toBeNull()
  })

  it('takes a reach report of a checklist slug and an event, and nothing more', () => {
    expect(validate(ReachReport, { checklist: '5-10-years', event: 'started' }).ok).toBe(true)
    expect(validate(ReachReport, { checklist: '5-10-years', event: 'viewed' }).ok).toBe(false)
    expect(validate(ReachReport, { checklist: 'Not A Slug', event: 'completed' }).ok).toBe(false)
    expect(validate(ReachReport, { checklist: 'a'.repeat(101), event: 'completed' }).ok).toBe(false)
    expect(validate(ReachReport, { checklist: 'x', event: 'started', visitor: 'id' }).ok).toBe(false)
  })
})

describe('escapeHtml', () => {
  it('leaves no character that could end an attribute or open a tag', () => {
    expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    )
    expect(escapeHtml('plain text, no change')).toBe('plain text, no change')
  })
})
