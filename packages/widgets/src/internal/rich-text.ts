import { html, nothing, type TemplateResult } from 'lit'
import type { BlockNode, InlineNode, RichText, TextNode } from '@secure-base/content'

/**
 * Rich text arrives as a typed tree and is rendered through Lit templates only, never innerHTML,
 * so nothing in the content can run script or inject styles on a partner page.
 */

export interface RichTextOptions {
  /**
   * Added to each heading level so content headings nest under the widget's own headings
   * (content uses h2–h4; capped at h6).
   */
  headingOffset?: number
}

const text = (node: TextNode): TemplateResult => {
  let out: TemplateResult = html`${node.text}`
  if (node.code) out = html`<code>${out}</code>`
  if (node.underline) out = html`<u>${out}</u>`
  if (node.italic) out = html`<em>${out}</em>`
  if (node.bold) out = html`<strong>${out}</strong>`
  return out
}

const inline = (node: InlineNode): TemplateResult => {
  switch (node.type) {
    case 'text':
      return text(node)
    case 'link':
      return html`<a href=${node.href} rel="noopener noreferrer">${node.children.map(text)}</a>`
    case 'linebreak':
      return html`<br />`
  }
}

const heading = (level: number, content: TemplateResult[]): TemplateResult => {
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 dir="auto">${content}</h2>`
    case 3:
      return html`<h3 dir="auto">${content}</h3>`
    case 4:
      return html`<h4 dir="auto">${content}</h4>`
    case 5:
      return html`<h5 dir="auto">${content}</h5>`
    default:
      return html`<h6 dir="auto">${content}</h6>`
  }
}

const block = (node: BlockNode, offset: number): TemplateResult => {
  switch (node.type) {
    case 'paragraph':
      return html`<p dir="auto">${node.children.map(inline)}</p>`
    case 'heading':
      return heading(node.level + offset, node.children.map(inline))
    case 'quote':
      return html`<blockquote dir="auto">${node.children.map(inline)}</blockquote>`
    case 'list': {
      const items = node.items.map((item) => html`<li dir="auto">${item.children.map(inline)}</li>`)
      return node.ordered
        ? html`<ol>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`
    }
  }
}

export const renderRichText = (nodes: RichText | null | undefined, options: RichTextOptions = {}) =>
  nodes?.length ? html`${nodes.map((node) => block(node, options.headingOffset ?? 0))}` : nothing
