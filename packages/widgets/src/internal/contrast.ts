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

const lowest = (colour: Rgb, backgrounds: readonly Rgb[]): number =>
  Math.min(...backgrounds.map((bg) => contrast(colour, bg)))

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
    const mixed: Rgb = [
      towards(colour[0], target[0], share),
      towards(colour[1], target[1], share),
      towards(colour[2], target[2], share),
    ]
    if (lowest(mixed, backgrounds) >= MINIMUM_CONTRAST) return mixed
  }
  return target
}

/**
 * Each text colour the widgets draw (`text`), the backgrounds it appears on, the public property
 * a page sets it with and the token a correction goes to. The private names are written out in
 * full because the self-contained builds shorten them wherever they appear.
 */
const pairs = [
  { text: '--_sb-accent-contrast', on: ['--_sb-accent'], fix: '--_sb-accent-contrast', property: 'accent-contrast' },
  { text: '--_sb-accent', on: ['--_sb-surface', '--_sb-surface-raised'], fix: '--_sb-link', property: 'accent' },
  { text: '--_sb-text', on: ['--_sb-surface', '--_sb-surface-raised'], fix: '--_sb-text', property: 'text' },
  {
    text: '--_sb-text-muted',
    on: ['--_sb-surface', '--_sb-surface-raised'],
    fix: '--_sb-text-muted',
    property: 'text-muted',
  },
] as const

// One hint per property and colour for the whole page, however many widgets share the palette.
const hinted = new Set<string>()

type Host = ReactiveControllerHost & HTMLElement & { theme?: string | undefined }

export class ContrastController implements ReactiveController {
  private readonly __host: Host
  private readonly __sheet = new CSSStyleSheet()
  private __checkedTheme: string | undefined | null = null
  private readonly __scheme = matchMedia('(prefers-color-scheme: dark)')
  private readonly __recheck = () => this.__check()

  constructor(host: Host) {
    this.__host = host
    host.addController(this)
  }

  hostConnected(): void {
    this.__scheme.addEventListener('change', this.__recheck)
  }

  hostDisconnected(): void {
    this.__scheme.removeEventListener('change', this.__recheck)
  }

  hostUpdated(): void {
    if (this.__checkedTheme !== this.__host.theme) this.__check()
  }

  /** Measures the page's colours as they are now and overrides the text colours that do not read. */
  private __check(): void {
    const root = this.__host.shadowRoot
    if (!root) return
    this.__checkedTheme = this.__host.theme
    // Measure the page's colours, not a previous correction.
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.__sheet)
    const style = getComputedStyle(this.__host)
    const token = (name: string) => style.getPropertyValue(name).trim()
    const surface = resolve(token('--_sb-surface'), WHITE) ?? WHITE
    const raised = resolve(token('--_sb-surface-raised'), surface) ?? surface
    const backgrounds: Record<string, Rgb> = {
      '--_sb-surface': surface,
      '--_sb-surface-raised': raised,
      '--_sb-accent': resolve(token('--_sb-accent'), surface) ?? surface,
    }

    const rules: string[] = []
    for (const pair of pairs) {
      const on = pair.on.map((name) => backgrounds[name] ?? surface)
      const colour = resolve(token(pair.text), on[0] ?? surface)
      if (!colour || lowest(colour, on) >= MINIMUM_CONTRAST) continue
      const fixed = hex(readable(colour, on))
      rules.push(`${pair.fix}:${fixed}!important`)
      const hint = `--secure-base-${pair.property}: ${token(pair.text)}`
      if (hinted.has(hint)) continue
      hinted.add(hint)
      console.warn(
        `Secure Base widgets: ${hint} reads at ${lowest(colour, on).toFixed(2)}:1 on its background, below WCAG's ${MINIMUM_CONTRAST}:1; shown as ${fixed} instead.`,
      )
    }
    if (!rules.length) return
    // Print has its own black-on-white palette.
    this.__sheet.replaceSync(`@media screen{:host{${rules.join(';')}}}`)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.__sheet]
  }
}
