/**
 * Builds Lexical editor state from a compact outline, so fixtures read like prose rather than
 * like editor JSON. Inline links are written as [label](https://...).
 */

export type Block =
  string | { heading: string; level?: 2 | 3 } | { list: string[]; ordered?: boolean } | { quote: string }

export type LexicalState = {
  root: { type: 'root'; format: ''; indent: 0; version: 1; direction: 'ltr'; children: LexicalNode[] }
}
type LexicalNode = { type: string; version: number; [field: string]: unknown }

const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const inline = (source: string): LexicalNode[] => {
  const nodes: LexicalNode[] = []
  let last = 0
  for (const match of source.matchAll(LINK)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(textNode(source.slice(last, index)))
    nodes.push({
      type: 'link',
      version: 3,
      format: '',
      indent: 0,
      direction: 'ltr',
      fields: { url: match[2], newTab: true, linkType: 'custom' },
      children: [textNode(match[1] ?? '')],
    })
    last = index + match[0].length
  }
  if (last < source.length) nodes.push(textNode(source.slice(last)))
  return nodes
}

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  ...extra,
  children,
})

const block = (source: Block): LexicalNode => {
  if (typeof source === 'string') return element('paragraph', inline(source), { textFormat: 0, textStyle: '' })
  if ('heading' in source) return element('heading', inline(source.heading), { tag: `h${source.level ?? 2}` })
  if ('quote' in source) return element('quote', inline(source.quote))
  const ordered = source.ordered ?? false
  return element(
    'list',
    source.list.map((item, index) => element('listitem', inline(item), { value: index + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

export const richText = (...blocks: Block[]): LexicalState => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: blocks.map(block) },
})
