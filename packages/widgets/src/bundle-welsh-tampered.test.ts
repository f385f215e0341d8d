import { beforeAll, describe, expect, inject, it } from 'vitest'
import dimensionsCy from '@secure-base/content/fixtures/dimensions.cy.json'
import { catalogues } from './locales/index.js'
import { place } from './a11y/bundle-test-helpers.js'

/**
 * The bundle fetches its Welsh UI text with the file's SHA-384. Served from `/tampered/`, that file
 * has one text changed: the browser must refuse it, and the widget must still work, in English UI
 * text around its Welsh content, without throwing into the page.
 */

const warnings: unknown[][] = []

beforeAll(async () => {
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    warnings.push(args)
    warn.apply(console, args)
  }
  await import(/* @vite-ignore */ `${inject('fixtureServer')}/tampered/secure-base-widgets.js`)
})

describe('Welsh UI text that does not match the script’s integrity hash', () => {
  it('is refused: the widget falls back to English UI text and says why in the console', async () => {
    const el = place('secure-base-dimensions', dimensionsCy, { welsh: true })

    const status = () => (el.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '').trim()
    await expect.poll(status, { timeout: 5000 }).toBe(catalogues.en['diagrams.dimensions.prompt'])
    expect(el.shadowRoot!.textContent).not.toContain('Gwrthodwch fi')
    // The content itself is still the Welsh the CMS served.
    expect(el.shadowRoot!.querySelector('[part~="diagram"]')!.textContent).toContain(dimensionsCy.data[0]!.name)
    expect(warnings.some((args) => String(args[0]).includes('Welsh UI text could not be loaded'))).toBe(true)
  })
})
