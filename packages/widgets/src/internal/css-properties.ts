import { noChange } from 'lit'
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js'

/**
 * Sets CSS custom properties on an element through CSSOM only. Lit's styleMap writes a `style`
 * attribute on its first render, which a partner page's `style-src 'self'` policy blocks; this
 * directive never writes the attribute.
 */
class CssProperties extends Directive {
  constructor(info: PartInfo) {
    super(info)
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element')
  }

  render(_properties: Record<string, string>): unknown {
    return noChange
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): unknown {
    const { style } = part.element as HTMLElement | SVGElement
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value)
    return noChange
  }
}

export const cssProperties = directive(CssProperties)
