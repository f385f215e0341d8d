import { describe, expect, it } from 'vitest'
import { englishRow, Localizer } from '../../../src/delivery/localize'

const richText = (t: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: t, format: 0 }] }] },
})

describe('locale fallback marking', () => {
  it('serves Welsh where it exists and marks each English stand-in by its pointer', () => {
    const loc = new Localizer('cy')
    expect(loc.text('/0/name', 'Argaeledd', 'Availability')).toBe('Argaeledd')
    expect(loc.text('/0/subtitle', null, 'Helping the child to trust')).toBe('Helping the child to trust')
    expect(loc.text('/0/summary', '   ', 'A short summary')).toBe('A short summary')
    expect(loc.fallbacks).toEqual(['/0/subtitle', '/0/summary'])
  })

  it('leaves optional text empty, unmarked, when no locale has it', () => {
    const loc = new Localizer('cy')
    expect(loc.text('/items/0/evidencePrompt', null, '')).toBe('')
    expect(loc.text('/items/1/evidencePrompt', undefined, null)).toBe('')
    expect(loc.fallbacks).toEqual([])
  })

  it('never marks anything for English requests', () => {
    const loc = new Localizer('en')
    expect(loc.text('/title', null, null)).toBe('')
    expect(loc.richText('/introduction', null, richText('ignored'))).toEqual([])
    expect(loc.fallbacks).toEqual([])
  })

  it('treats a rich-text translation with no visible text as missing', () => {
    const loc = new Localizer('cy')
    const empty = { root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } }
    expect(loc.richText('/introduction', empty, richText('Hello'))).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] },
    ])
    expect(loc.richText('/sections/0/guidance', richText('Helo'), richText('Hello'))).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Helo' }] },
    ])
    expect(loc.fallbacks).toEqual(['/introduction'])
  })

  it('finds the English copy of an array row by its shared id, not its position', () => {
    const english = [
      { id: 'b', question: 'Second in English' },
      { id: 'a', question: 'First in English' },
    ]
    expect(englishRow(english, { id: 'a' }, 0).question).toBe('First in English')
    expect(englishRow(english, { id: undefined }, 0).question).toBe('Second in English')
    expect(englishRow(null, { id: 'a' }, 0)).toEqual({})
  })
})
