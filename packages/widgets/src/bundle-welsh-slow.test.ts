import { beforeAll, describe, expect, inject, it } from 'vitest'
import dimensionsCy from '@secure-base/content/fixtures/dimensions.cy.json'
import { catalogues } from './locales/index.js'
import { place } from './a11y/bundle-test-helpers.js'

/** Served from `/slow-welsh/`, the bundle's Welsh UI text arrives half a second after it is asked for. */

beforeAll(async () => {
  await import(/* @vite-ignore */ `${inject('fixtureServer')}/slow-welsh/secure-base-widgets.js`)
})

describe('a Welsh widget while its UI text is on the way', () => {
  it('shows a busy state without English words, then the widget in Welsh', async () => {
    const el = place('secure-base-dimensions', dimensionsCy, { welsh: true })

    await expect.poll(() => el.shadowRoot?.querySelector('[aria-busy="true"]'), { timeout: 2000 }).toBeTruthy()
    const english = Object.values(catalogues.en).filter((words) => !Object.values(catalogues.cy).includes(words))
    expect(english.filter((words) => el.shadowRoot!.textContent.includes(words))).toEqual([])
    expect(el.shadowRoot!.querySelector('[part~="diagram"]')).toBeNull()

    await expect
      .poll(() => el.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim(), { timeout: 5000 })
      .toBe(catalogues.cy['diagrams.dimensions.prompt'])
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).toBeNull()
  })
})
