import { RichText, validate } from '@secure-base/content'
import { describe, expect, it } from 'vitest'
import { lexicalToRichText } from '../../../src/delivery/rich-text'

/** Builds a saved Lexical editor state the way Payload stores it. */
const state = (...children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})
const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: object[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, children })
const link = (url: string, ...children: object[]) => ({
  type: 'link',
  fields: { url, linkType: 'custom', newTab: true },
  version: 3,
  children,
})

describe('Lexical to the contract rich text', () => {
  it('keeps paragraphs, headings, lists and quotes with their formatting', () => {
    const out = lexicalToRichText(
      state(
        { type: 'heading', tag: 'h2', children: [text('Availability')] },
        paragraph(text('Being there ', 0), text('reliably', 1), text(', and ', 0), text('kindly', 2 | 8), text('.', 0)),
        {
          type: 'list',
          listType: 'number',
          tag: 'ol',
          children: [
            { type: 'listitem', value: 1, children: [text('Notice')] },
            { type: 'listitem', value: 2, children: [text('Respond', 16)] },
          ],
        },
        { type: 'list', listType: 'bullet', tag: 'ul', children: [{ type: 'listitem', children: [text('One')] }] },
        { type: 'quote', children: [text('A quiet word at bedtime.')] },
      ),
    )
    expect(out).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Availability' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Being there ' },
          { type: 'text', text: 'reliably', bold: true },
          { type: 'text', text: ', and ' },
          { type: 'text', text: 'kindly', italic: true, underline: true },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [
          { children: [{ type: 'text', text: 'Notice' }] },
          { children: [{ type: 'text', text: 'Respond', code: true }] },
        ],
      },
      { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'One' }] }] },
      { type: 'quote', children: [{ type: 'text', text: 'A quiet word at bedtime.' }] },
    ])
    expect(validate(RichText, out).ok).toBe(true)
  })

  it('maps h1 to level 2 and h5/h6 to level 4', () => {
    const out = lexicalToRichText(
      state(
        { type: 'heading', tag: 'h1', children: [text('a')] },
        { type: 'heading', tag: 'h3', children: [text('b')] },
        { type: 'heading', tag: 'h5', children: [text('c')] },
        { type: 'heading', tag: 'h6', children: [text('d')] },
      ),
    )
    expect(out.map((b) => (b.type === 'heading' ? b.level : null))).toEqual([2, 3, 4, 4])
  })

  it('keeps http, https and mailto links and turns other links into plain text', () => {
    const out = lexicalToRichText(
      state(
        paragraph(
          link('https://www.uea.ac.uk/', text('UEA')),
          text(' '),
          link('mailto:team@example.org', text('write')),
          text(' '),
          link('javascript:alert(1)', text('danger')),
          text(' '),
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'explanations', value: 3 } },
            children: [text('inside')],
          },
          { type: 'autolink', fields: { url: 'http://example.org' }, children: [text('example.org')] },
        ),
      ),
    )
    expect(out).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'https://www.uea.ac.uk/', children: [{ type: 'text', text: 'UEA' }] },
          { type: 'text', text: ' ' },
          { type: 'link', href: 'mailto:team@example.org', children: [{ type: 'text', text: 'write' }] },
          { type: 'text', text: ' danger inside' },
          { type: 'link', href: 'http://example.org', children: [{ type: 'text', text: 'example.org' }] },
        ],
      },
    ])
    expect(validate(RichText, out).ok).toBe(true)
  })

  it('keeps line breaks and flattens nested lists so sub-items follow their parent', () => {
    const out = lexicalToRichText(
      state(paragraph(text('first'), { type: 'linebreak', version: 1 }, text('second')), {
        type: 'list',
        listType: 'bullet',
        children: [
          { type: 'listitem', children: [text('parent')] },
          {
            type: 'listitem',
            children: [
              { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('child')] }] },
            ],
          },
        ],
      }),
    )
    expect(out[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'first' }, { type: 'linebreak' }, { type: 'text', text: 'second' }],
    })
    expect(out[1]).toEqual({
      type: 'list',
      ordered: false,
      items: [{ children: [{ type: 'text', text: 'parent' }] }, { children: [{ type: 'text', text: 'child' }] }],
    })
  })

  it('degrades unknown nodes to their text and never throws on odd input', () => {
    const out = lexicalToRichText(
      state(
        {
          type: 'table',
          children: [{ type: 'tablerow', children: [{ type: 'tablecell', children: [paragraph(text('cell'))] }] }],
        },
        { type: 'horizontalrule', version: 1 },
        { type: 'upload', value: 7, relationTo: 'media' },
        paragraph(text('before '), { type: 'mention', children: [text('@someone')] }, { type: 'emoji', text: '☺' }),
        paragraph(),
        'not a node',
        null,
      ),
    )
    expect(out).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'cell' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'before @someone☺' }] },
    ])
    expect(validate(RichText, out).ok).toBe(true)
    for (const junk of [null, undefined, 'text', 42, {}, { root: null }, { root: { children: 'no' } }]) {
      expect(lexicalToRichText(junk)).toEqual([])
    }
  })
})
