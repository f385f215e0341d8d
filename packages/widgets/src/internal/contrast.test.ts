import { afterEach, describe, expect, it, vi } from 'vitest'
import fixture from '@secure-base/content/fixtures/resources.en.json'
import '../define/resources.js'
import type { SecureBaseResources } from '../resources/resources.js'
import { $, $$, cleanUp, expectAccessible, luminance, mount, settled } from '../a11y/test-helpers.js'

afterEach(() => {
  cleanUp()
  vi.restoreAllMocks()
})

/** WCAG contrast of two computed colours, worked out here from the browser's own values. */
const ratio = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const opaque = (colour: string) => !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent'

/** The colour actually behind an element: the nearest box, across shadow roots, that paints a background. */
const backgroundBehind = (start: Element): string => {
  for (let node: Element | null = start; node;) {
    const colour = getComputedStyle(node).backgroundColor
    if (opaque(colour)) return colour
    const root = node.getRootNode()
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null)
  }
  return 'rgb(255, 255, 255)'
}

/** A page region with the agency's colours set on it, as a stylesheet on the page would. */
const page = (palette: Record<string, string>) => {
  const region = document.createElement('div')
  for (const [name, value] of Object.entries(palette)) region.style.setProperty(`--secure-base-${name}`, value)
  document.body.append(region)
  return region
}

const resources = async (parent: HTMLElement, attributes: Record<string, string> = {}) => {
  const el = await mount<SecureBaseResources>('secure-base-resources', { inline: fixture, parent, attributes })
  await settled(el)
  return el
}

const palettes: { name: string; palette: Record<string, string>; brand: string; tokens: string[] }[] = [
  {
    name: 'a lime accent with white button text on a white page',
    palette: { accent: 'lime', 'accent-contrast': '#fff' },
    brand: 'rgb(0, 255, 0)',
    tokens: ['--secure-base-accent: lime', '--secure-base-accent-contrast: #fff'],
  },
  {
    name: 'dark text on a dark surface',
    palette: {
      surface: '#1b1b1b',
      'surface-raised': 'rgb(40 40 40)',
      text: '#333',
      'text-muted': 'hsl(0 0% 25%)',
      accent: 'navy',
    },
    brand: 'rgb(0, 0, 128)',
    tokens: ['--secure-base-text: #333', '--secure-base-text-muted: hsl(0 0% 25%)', '--secure-base-accent: navy'],
  },
  {
    name: 'a light surface with a pale accent for links and buttons',
    palette: {
      surface: '#fdfdf5',
      'surface-raised': '#f4f4ea',
      accent: 'hsl(200 80% 80%)',
      'accent-contrast': 'white',
    },
    brand: 'rgb(163, 218, 245)',
    tokens: ['--secure-base-accent: hsl(200 80% 80%)', '--secure-base-accent-contrast: white'],
  },
]

describe('colours from the host page', () => {
  for (const { name, palette, brand, tokens } of palettes) {
    it(`keeps text, links and button labels readable with ${name}, and keeps the brand on fills and borders`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      const region = page(palette)
      const list = await resources(region)
      const empty = await resources(region, { language: 'no', setting: 'schools' })

      const links = $$(list, '[part~="resource"] a')
      expect(links.length).toBeGreaterThan(0)
      for (const link of links)
        expect(ratio(getComputedStyle(link).color, backgroundBehind(link))).toBeGreaterThanOrEqual(4.5)
      for (const body of [...$$(list, '[part~="resource"] p'), $(list, '[part~="count"]')!, $(list, 'legend')!])
        expect(ratio(getComputedStyle(body).color, backgroundBehind(body))).toBeGreaterThanOrEqual(4.5)

      const button = $(empty, '[part~="clear-button"]')!
      const look = getComputedStyle(button)
      expect(ratio(look.color, look.backgroundColor)).toBeGreaterThanOrEqual(4.5)
      expect(look.backgroundColor).toBe(brand)
      expect(look.borderTopColor).toBe(brand)

      await expectAccessible(list)
      await expectAccessible(empty)

      // One line per property the page should change, however many widgets use the palette.
      const hints = warn.mock.calls
        .map(([message]) => String(message))
        .filter((message) => message.startsWith('Secure Base widgets:'))
      for (const token of tokens) expect(hints.filter((hint) => hint.includes(token))).toHaveLength(1)
      expect(hints).toHaveLength(tokens.length)
    })
  }

  it('leaves a palette that already reads as the page set it, without a hint', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const region = page({ accent: 'rebeccapurple', 'accent-contrast': '#ffffff', text: 'rgb(20, 20, 20)' })
    const list = await resources(region)
    const empty = await resources(region, { language: 'no', setting: 'schools' })
    expect(getComputedStyle($(list, '[part~="resource"] a')!).color).toBe('rgb(102, 51, 153)')
    expect(getComputedStyle($(list, '[part~="resource"] p')!).color).toBe('rgb(20, 20, 20)')
    expect(getComputedStyle($(empty, '[part~="clear-button"]')!).color).toBe('rgb(255, 255, 255)')
    expect(warn.mock.calls.filter(([message]) => String(message).startsWith('Secure Base widgets:'))).toEqual([])
  })

  it('measures again when the page switches the widget to the dark theme', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    // Dark grey text reads on the light default surface but not on the dark one.
    const region = page({ text: '#444444' })
    const list = await resources(region)
    const paragraph = () => $(list, '[part~="resource"] p')!
    expect(getComputedStyle(paragraph()).color).toBe('rgb(68, 68, 68)')
    list.theme = 'dark'
    await list.updateComplete
    expect(ratio(getComputedStyle(paragraph()).color, backgroundBehind(paragraph()))).toBeGreaterThanOrEqual(4.5)
    await expectAccessible(list)
  })
})
