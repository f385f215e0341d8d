/**
 * Builds a widget for a story as real DOM, because Lit templates cannot bind inside the
 * `<script type="application/json">` child the widgets read their content from.
 */

export interface WidgetStory {
  attributes?: Record<string, string | undefined>
  inline?: unknown
  /** A column width such as `320px`, to show the narrow layout. */
  width?: string
  /** The `lang` of the surrounding page section. */
  lang?: string
}

/** An origin where nothing listens: the widget's network error state. */
export const UNREACHABLE = 'http://127.0.0.1:9'

/** An address that never answers (a reserved, unroutable range): the widget stays in its loading state. */
export const NEVER_ANSWERS = 'http://10.255.255.1'

export const widget = (tag: string, { attributes = {}, inline, width, lang }: WidgetStory = {}): HTMLElement => {
  const wrapper = document.createElement('div')
  if (width) wrapper.style.width = width
  if (lang) wrapper.lang = lang
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value)
  if (inline !== undefined) {
    const script = document.createElement('script')
    script.type = 'application/json'
    script.textContent = JSON.stringify(inline)
    el.append(script)
  }
  wrapper.append(el)
  return wrapper
}
