import * as v from 'valibot'

/**
 * Rich text travels as a small tree of typed nodes, never as HTML, so that a widget can render it
 * with DOM APIs alone (no innerHTML) and a partner page's Content-Security-Policy stays intact.
 */

const safeHref = v.pipe(
  v.string(),
  v.check((href) => /^(https?:|mailto:)/i.test(href), 'links must be http(s) or mailto'),
)

export const TextNode = v.strictObject({
  type: v.literal('text'),
  text: v.string(),
  bold: v.optional(v.boolean()),
  italic: v.optional(v.boolean()),
  underline: v.optional(v.boolean()),
  code: v.optional(v.boolean()),
})

export const LinkNode = v.strictObject({
  type: v.literal('link'),
  href: safeHref,
  children: v.array(TextNode),
})

export const LineBreakNode = v.strictObject({ type: v.literal('linebreak') })

export const InlineNode = v.variant('type', [TextNode, LinkNode, LineBreakNode])

const inlines = v.array(InlineNode)

export const ParagraphNode = v.strictObject({ type: v.literal('paragraph'), children: inlines })

export const HeadingNode = v.strictObject({
  type: v.literal('heading'),
  level: v.picklist([2, 3, 4]),
  children: inlines,
})

export const ListNode = v.strictObject({
  type: v.literal('list'),
  ordered: v.boolean(),
  items: v.array(v.strictObject({ children: inlines })),
})

export const QuoteNode = v.strictObject({ type: v.literal('quote'), children: inlines })

export const BlockNode = v.variant('type', [ParagraphNode, HeadingNode, ListNode, QuoteNode])

export const RichText = v.array(BlockNode)

export type TextNode = v.InferOutput<typeof TextNode>
export type LinkNode = v.InferOutput<typeof LinkNode>
export type InlineNode = v.InferOutput<typeof InlineNode>
export type BlockNode = v.InferOutput<typeof BlockNode>
export type RichText = v.InferOutput<typeof RichText>

/** The plain text of a rich-text tree, for summaries, titles and search. */
export const richTextToPlain = (blocks: RichText): string =>
  blocks
    .map((block) => {
      const line = (nodes: InlineNode[]) =>
        nodes
          .map((n) => (n.type === 'text' ? n.text : n.type === 'link' ? n.children.map((c) => c.text).join('') : '\n'))
          .join('')
      return block.type === 'list' ? block.items.map((i) => line(i.children)).join('\n') : line(block.children)
    })
    .join('\n\n')
