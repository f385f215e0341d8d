import type { BlockNode, InlineNode, LinkNode, RichText, TextNode } from '@secure-base/content'

/**
 * Lexical's saved JSON → the contract's RichText. Editors can paste or add node types the widgets do
 * not know (uploads, blocks, rules, tables); those degrade to their plain text rather than failing the
 * whole response, because a partner page showing slightly plainer text beats one showing an error.
 */

type LexicalNode = { type?: unknown; [key: string]: unknown }

const FORMAT_BOLD = 1
const FORMAT_ITALIC = 1 << 1
const FORMAT_UNDERLINE = 1 << 3
const FORMAT_CODE = 1 << 4

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.filter(isNode) : []

const SAFE_HREF = /^(https?:|mailto:)/i

const safeHref = (node: LexicalNode): string | null => {
  const fields = isNode(node.fields) ? node.fields : {}
  const raw = typeof fields.url === 'string' ? fields.url : typeof node.url === 'string' ? node.url : ''
  const href = raw.trim()
  return SAFE_HREF.test(href) ? href : null
}

const textNode = (node: LexicalNode, text: string): TextNode => {
  const format = typeof node.format === 'number' ? node.format : 0
  const out: TextNode = { type: 'text', text }
  if (format & FORMAT_BOLD) out.bold = true
  if (format & FORMAT_ITALIC) out.italic = true
  if (format & FORMAT_UNDERLINE) out.underline = true
  if (format & FORMAT_CODE) out.code = true
  return out
}

/** The visible text of any node, for the types we do not map. */
export const plainTextOf = (node: LexicalNode): string => {
  if (node.type === 'linebreak') return '\n'
  if (typeof node.text === 'string') return node.text
  return childrenOf(node).map(plainTextOf).join('')
}

const sameFormat = (a: TextNode, b: TextNode) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.code === b.code

/** Joins neighbouring runs with identical formatting, which Lexical often splits for no visible reason. */
const mergeTexts = <T extends InlineNode>(nodes: T[]): T[] => {
  const out: T[] = []
  for (const node of nodes) {
    const last = out[out.length - 1]
    if (node.type === 'text' && node.text === '') continue
    if (last?.type === 'text' && node.type === 'text' && sameFormat(last, node)) {
      out[out.length - 1] = { ...last, text: last.text + node.text }
    } else {
      out.push(node)
    }
  }
  return out
}

const linkChildren = (node: LexicalNode): TextNode[] =>
  mergeTexts(
    childrenOf(node).flatMap((child): TextNode[] =>
      child.type === 'text'
        ? [textNode(child, typeof child.text === 'string' ? child.text : '')]
        : [{ type: 'text', text: plainTextOf(child) }],
    ),
  )

const inline = (node: LexicalNode): InlineNode[] => {
  switch (node.type) {
    case 'text':
      return [textNode(node, typeof node.text === 'string' ? node.text : '')]
    case 'tab':
      return [{ type: 'text', text: '\t' }]
    case 'linebreak':
      return [{ type: 'linebreak' }]
    case 'link':
    case 'autolink': {
      const href = safeHref(node)
      const children = linkChildren(node)
      if (!href) return children
      const link: LinkNode = { type: 'link', href, children }
      return children.length ? [link] : []
    }
    default: {
      if (childrenOf(node).length) return childrenOf(node).flatMap(inline)
      const text = plainTextOf(node)
      return text ? [{ type: 'text', text }] : []
    }
  }
}

const inlines = (node: LexicalNode): InlineNode[] => mergeTexts(childrenOf(node).flatMap(inline))

const headingLevel = (tag: unknown): 2 | 3 | 4 => {
  const n = typeof tag === 'string' ? Number(tag.replace(/^h/i, '')) : Number.NaN
  if (n === 3) return 3
  if (n >= 4) return 4
  return 2
}

/** Lexical nests a sub-list inside a list item; the contract's lists are flat, so sub-items follow their parent. */
const listItems = (list: LexicalNode): { children: InlineNode[] }[] =>
  childrenOf(list).flatMap((item) => {
    const own = mergeTexts(
      childrenOf(item)
        .filter((c) => c.type !== 'list')
        .flatMap(inline),
    )
    const nested = childrenOf(item)
      .filter((c) => c.type === 'list')
      .flatMap(listItems)
    return own.length ? [{ children: own }, ...nested] : nested
  })

const hasContent = (children: InlineNode[]) => children.some((c) => c.type !== 'text' || c.text.trim() !== '')

const block = (node: LexicalNode): BlockNode[] => {
  switch (node.type) {
    case 'paragraph': {
      const children = inlines(node)
      return hasContent(children) ? [{ type: 'paragraph', children }] : []
    }
    case 'heading': {
      const children = inlines(node)
      return hasContent(children) ? [{ type: 'heading', level: headingLevel(node.tag), children }] : []
    }
    case 'quote': {
      const children = inlines(node)
      return hasContent(children) ? [{ type: 'quote', children }] : []
    }
    case 'list': {
      const items = listItems(node)
      return items.length ? [{ type: 'list', ordered: node.listType === 'number' || node.tag === 'ol', items }] : []
    }
    default: {
      const text = plainTextOf(node).trim()
      return text ? [{ type: 'paragraph', children: [{ type: 'text', text }] }] : []
    }
  }
}

/** Accepts a Lexical editor state (or anything else); returns [] for empty or unreadable values. */
export const lexicalToRichText = (value: unknown): RichText => {
  if (!isNode(value) || !isNode(value.root)) return []
  return childrenOf(value.root).flatMap(block)
}
