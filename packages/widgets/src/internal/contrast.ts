import type { ReactiveController, ReactiveControllerHost } from 'lit'

/**
 * Keeps the widgets' text readable whatever colours the host page sets. After the first render,
 * and whenever the theme or the visitor's colour scheme changes, it reads the resolved theming
 * tokens and measures each kind of text against the backgrounds it sits on (WCAG 2 contrast).
 * Where a pair falls below 4.5:1 it overrides only that text colour, moving it towards black or
 * white until it reads; the page's own colours stay on fills, borders and backgrounds, so the
 * brand still shows. The console names the public property to change, once per page.
 */

type Rgb = readonly [number, number, number]

/** WCAG's threshold for body-size text. */
export const MINIMUM_CONTRAST = 4.5

const channel = (value: number): number => {
  const s = value / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

const luminance = ([r, g, b]: Rgb): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

export const contrast = (a: Rgb, b: Rgb): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const hex = (rgb: Rgb): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`

const WHITE: Rgb = [255, 255, 255]
const BLACK: Rgb = [0, 0, 0]

let pixel: CanvasRenderingContext2D | null | undefined

/**
 * Any CSS colour the page may write (hex, rgb(), hsl(), a name, oklch(), with or without alpha) as
 * sRGB bytes, painted over `under` the way the browser would show it. A canvas parses colours
 * exactly as CSS does, so no parser ships here.
 */
const resolve = (value: string, under: Rgb): Rgb | undefined => {
  if (!value || !CSS.supports('color', value)) return undefined
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })
  if (!pixel) return undefined
  pixel.fillStyle = hex(under)
  pixel.fillRect(0, 0, 1, 1)
  pixel.fillStyle = value
  pixel.fillRect(0, 0, 1, 1)
  const [r = 0, g = 0, b = 0] = pixel.getImageData(0, 0, 1, 1).data
  return [r, g, b]
}

const lowest = (colour: Rgb, backgrounds: readonly Rgb[]): number => Math.min(...backgrounds.map((bg) => contrast(colour, bg)))

/**
 * The colour nearest to `colour` that reads on every background: mixed with black or white,
 * whichever the backgrounds leave more room for, in small steps. The first step that passes keeps
 * as much of the brand's hue as it can.
 */
export const readable = (colour: Rgb, backgrounds: readonly Rgb[]): Rgb => {
  const target = lowest(BLACK, backgrounds) >= lowest(WHITE, backgrounds) ? BLACK : WHITE
  const towards = (c: number, t: number, share: number) => Math.round(c + (t - c) * share)
  for (let step = 1; step <= 20; step++) {
    const share = step / 20
    const mixed: Rgb = [towards(colour[0], target[0], share), towards(colour[1], target[1], share), towards(colour[2], target[2], share)]
    if (lowest(mixed, backgrounds) >= MINIMUM_CONTRAST) return mixed
  }
  return target
}

/** Each text colour the widgets draw, the backgrounds it appears on, and the property a page sets for it. */
const pairs = [
  { text: 'accent-contrast', on: ['accent'], property: 'accent-contrast', role: 'button text on the accent' },
  { text: 'accent', on: ['surface', 'surface-raised'], property: 'accent', role: 'links', override: 'link' },
  { text: 'text', on: ['surface', 'surface-raised'], property: 'text', role: 'text' },
  { text: 'text-muted', on: ['surface', 'surface-raised'], property: 'text-muted', role: 'secondary text' },
] as const

// One hint per property and colour for the whole page, however many widgets share the palette.
const hinted = new Set<string>()

type Host = ReactiveControllerHost & HTMLElement & { theme?: string | undefined }

export class ContrastController implements ReactiveController {
  private readonly host: Host
  private readonly sheet = new CSSStyleSheet()
  private checkedTheme: string | undefined | null = null
  private readonly scheme = matchMedia('(prefers-color-scheme: dark)')
  private readonly recheck = () => this.check()

  constructor(host: Host) {
    this.host = host
    host.addController(this)
  }

  hostConnected(): void {
    this.scheme.addEventListener('change', this.recheck)
  }

  hostDisconnected(): void {
    this.scheme.removeEventListener('change', this.recheck)
  }

  hostUpdated(): void {
    if (this.checkedTheme !== this.host.theme) this.check()
  }

  /** Measures the page's colours as they are now and overrides the text colours that do not read. */
  check(): void {
    const root = this.host.shadowRoot
    if (!root) return
    this.checkedTheme = this.host.theme
    // Measure the page's colours, not a previous correction.
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet)
    const style = getComputedStyle(this.host)
    const token = (name: string) => style.getPropertyValue(`--_sb-${name}`).trim()
    const surface = resolve(token('surface'), WHITE) ?? WHITE
    const backgrounds: Record<string, Rgb> = { surface, 'surface-raised': resolve(token('surface-raised'), surface) ?? surface }
    backgrounds.accent = resolve(token('accent'), surface) ?? surface

    const rules: string[] = []
    for (const pair of pairs) {
      const on = pair.on.map((name) => backgrounds[name] ?? surface)
      const colour = resolve(token(pair.text), on[0] ?? surface)
      if (!colour || lowest(colour, on) >= MINIMUM_CONTRAST) continue
      const fixed = hex(readable(colour, on))
      rules.push(`--_sb-${'override' in pair ? pair.override : pair.text}:${fixed}`)
      const hint = `--secure-base-${pair.property}: ${token(pair.text)}`
      if (hinted.has(hint)) continue
      hinted.add(hint)
      console.warn(
        `Secure Base widgets: ${hint} gives ${pair.role} a contrast of ${lowest(colour, on).toFixed(2)}:1, below the ${MINIMUM_CONTRAST}:1 that WCAG asks; the widgets show ${pair.role} in ${fixed} instead. Set --secure-base-${pair.property} to a colour that reads on its background to choose it yourself.`,
      )
    }
    if (!rules.length) return
    // Print has its own black-on-white palette.
    this.sheet.replaceSync(`@media screen{:host{${rules.map((rule) => `${rule}!important`).join(';')}}}`)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet]
  }
}
