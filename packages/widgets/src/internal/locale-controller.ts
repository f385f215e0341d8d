import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { en, type Catalogue, type MessageKey, type UiLocale } from '../locales/en.js'
import { loadWelsh } from '../locales/welsh.js'

/**
 * Picks each widget's UI language from the nearest `lang` and keeps it current.
 *
 * @lit/localize keeps one locale for the whole page, but an agency may put two widgets in two
 * languages side by side (an English and a Welsh checklist), so every element resolves its own
 * locale here over the typed catalogues in `src/locales`.
 */

type Host = ReactiveControllerHost & HTMLElement

const parentAcrossShadow = (node: Element): Element | null => {
  if (node.parentElement) return node.parentElement
  const root = node.getRootNode()
  return root instanceof ShadowRoot ? root.host : null
}

/** The element itself, then its ancestors (crossing shadow roots), ending with `<html>`. */
const lineage = (start: Element): Element[] => {
  const chain: Element[] = []
  for (let node: Element | null = start; node; node = parentAcrossShadow(node)) chain.push(node)
  return chain
}

// Building an Intl formatter costs far more than using one, and a checklist formats dozens of numbers per render.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat
const formatters = new Map<string, Formatter>()
const formatter = <O, F extends Formatter>(
  Format: new (tag: string, options?: O) => F,
  tag: string,
  options?: O,
): F => {
  const key = `${Format.name}|${tag}|${JSON.stringify(options)}`
  let cached = formatters.get(key) as F | undefined
  if (!cached) formatters.set(key, (cached = new Format(tag, options)))
  return cached
}

/** The UI text at hand, per language. Welsh may arrive later (see `src/locales/welsh.ts`). */
const loaded: Partial<Record<UiLocale, Catalogue>> = { en }
let welshArrival: Promise<void> | undefined

const loadWelshOnce = (): Promise<void> | undefined => {
  if (loaded.cy) return undefined
  if (welshArrival) return welshArrival
  const welsh = loadWelsh()
  if (!(welsh instanceof Promise)) {
    loaded.cy = welsh
    return undefined
  }
  welshArrival = welsh.then(
    (catalogue) => {
      loaded.cy = catalogue
    },
    (error: unknown) => {
      // English UI text around Welsh content beats no widget at all; the page's console says why.
      console.warn('Secure Base widgets: the Welsh UI text could not be loaded, so it is shown in English.', error)
      loaded.cy = en
    },
  )
  return welshArrival
}

export const toUiLocale = (tag: string | null | undefined): UiLocale => {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]
  return primary === 'cy' ? 'cy' : 'en'
}

export interface Language {
  locale: UiLocale
  /** The BCP 47 tag for number and date formats. */
  langTag: string
  dir: 'ltr' | 'rtl'
}

/** The language an element is in: the nearest `lang` and `dir` on it or its ancestors, across shadow roots. */
export const languageOf = (element: Element): Language => {
  const chain = lineage(element)
  // An empty `lang` says nothing, so the search goes on past it.
  const tag = chain.map((el) => el.getAttribute('lang')).find((lang) => lang) || document.documentElement.lang
  const locale = toUiLocale(tag)
  // A bare "en" would format dates the American way; the model is British, so default to en-GB.
  const langTag = locale === 'cy' ? 'cy-GB' : /^en-/i.test(tag) ? tag : 'en-GB'
  const dir =
    chain.map((el) => el.getAttribute('dir')).find((d) => d === 'rtl' || d === 'ltr') === 'rtl' ? 'rtl' : 'ltr'
  return { locale, langTag, dir }
}

/** One UI text in `locale`, once that language's catalogue is at hand (English if it cannot be had). */
export const textWhenReady = async (locale: UiLocale, key: MessageKey): Promise<string> => {
  if (locale === 'cy') await loadWelshOnce()
  return (loaded[locale] ?? en)[key] ?? en[key]
}

export class LocaleController implements ReactiveController {
  /** The UI language: 'en' or 'cy' (any other language falls back to English). */
  locale: UiLocale = 'en'
  /** The BCP 47 tag found on the nearest `lang`, used for number and date formats. */
  langTag = 'en-GB'
  dir: 'ltr' | 'rtl' = 'ltr'

  private __lineageObserver?: MutationObserver

  constructor(private readonly __host: Host) {
    __host.addController(this)
  }

  hostConnected(): void {
    // Moving an element under a different `lang` must re-render it in that language.
    if (this.__resolveLanguage()) this.__host.requestUpdate()
    this.__watchLineage()
  }

  /**
   * Whether this element's UI text is at hand. Until it is, `t()` gives empty strings and the
   * content controller holds the widget in its loading state, so no English flashes before Welsh.
   */
  get ready(): boolean {
    return loaded[this.locale] !== undefined
  }

  hostDisconnected(): void {
    this.__lineageObserver?.disconnect()
    this.__lineageObserver = undefined
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    const catalogue = loaded[this.locale]
    if (!catalogue) return ''
    const template = catalogue[key] ?? en[key] ?? key
    if (!params) return template
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? this.formatNumber(value) : value
    })
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    // Both UI languages write small whole numbers as plain digits, and a page's first Intl
    // formatter costs tens of milliseconds of locale data loading before the checklist can show.
    if (!options && Number.isInteger(value) && Math.abs(value) < 1000) return String(value)
    return formatter(Intl.NumberFormat, this.langTag, options).format(value)
  }

  /** A date as the visitor's language writes it, e.g. `2 Dec 2026`, or in Welsh `2 Rhag 2026`. */
  formatDate(value: Date | string | number): string {
    const date = value instanceof Date ? value : new Date(value)
    if (Number.isNaN(date.getTime())) return ''
    // A browser without date data for the language would format it as American English; write it out instead.
    if (!Intl.DateTimeFormat.supportedLocalesOf(this.langTag).length)
      return this.t('common.date', {
        day: String(date.getDate()),
        month: this.t(`common.month.${date.getMonth()}` as MessageKey),
        year: String(date.getFullYear()),
      })
    return formatter(Intl.DateTimeFormat, this.langTag, { dateStyle: 'medium' }).format(date)
  }

  /** Items joined as the visitor's language lists them: `A, B and C`, or in Welsh `A, B a C`. */
  formatList(items: readonly string[]): string {
    // Without list data for the language (Chromium has none for Welsh), commas alone read right in any language.
    if (!Intl.ListFormat.supportedLocalesOf(this.langTag).length) return items.join(', ')
    return formatter(Intl.ListFormat, this.langTag, { type: 'conjunction' }).format(items)
  }

  private __resolveLanguage(): boolean {
    const { locale, langTag, dir } = languageOf(this.__host)
    const changed = locale !== this.locale || langTag !== this.langTag || dir !== this.dir
    if (locale === 'cy') void loadWelshOnce()?.then(() => this.__host.requestUpdate())
    this.locale = locale
    this.langTag = langTag
    this.dir = dir
    return changed
  }

  private __watchLineage(): void {
    this.__lineageObserver?.disconnect()
    const observer = new MutationObserver(() => {
      if (this.__resolveLanguage()) this.__host.requestUpdate()
    })
    // Any ancestor may gain or lose `lang`/`dir` later, so watch the whole chain, not only the current source.
    for (const el of lineage(this.__host)) observer.observe(el, { attributes: true, attributeFilter: ['lang', 'dir'] })
    this.__lineageObserver = observer
  }
}
