import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import dimensions from '@secure-base/content/fixtures/dimensions.en.json'
import dimensionsCy from '@secure-base/content/fixtures/dimensions.cy.json'
import cycleCy from '@secure-base/content/fixtures/cycle.cy.json'
import { catalogues } from './locales/index.js'
import { place } from './a11y/bundle-test-helpers.js'

/**
 * The one-tag bundle keeps its Welsh UI text in a file beside it. Each test file runs in a page of
 * its own, so the requests this file sees are the ones its widgets made.
 */

const WELSH_FILE = 'secure-base-widgets.cy.json'

const welshRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(WELSH_FILE))

const mount = async (tag: string, content: unknown, welsh = false) => {
  const el = place(tag, content, { welsh })
  await expect.poll(() => el.shadowRoot?.querySelector('[part~="diagram"]'), { timeout: 5000 }).toBeTruthy()
  return el
}

const status = (el: HTMLElement) => (el.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '').trim()

beforeAll(async () => {
  await import(/* @vite-ignore */ `${inject('fixtureServer')}/csp/secure-base-widgets.js`)
})

afterEach(() => document.body.replaceChildren())

describe('the bundle’s Welsh UI text', () => {
  it('is not downloaded by a page whose widgets are in English, and is fetched once when Welsh ones appear', async () => {
    const english = await mount('secure-base-dimensions', dimensions)
    expect(status(english)).toBe(catalogues.en['diagrams.dimensions.prompt'])
    expect(welshRequests()).toHaveLength(0)

    const first = await mount('secure-base-dimensions', dimensionsCy, true)
    const second = await mount('secure-base-cycle', cycleCy, true)
    expect(status(first)).toBe(catalogues.cy['diagrams.dimensions.prompt'])
    expect(second.shadowRoot?.querySelector('[part~="diagram"]')?.getAttribute('aria-label')).toBe(
      catalogues.cy['diagrams.cycle.diagram'],
    )
    // Texts looked up by a key built at run time (here from each stage's actor) are Welsh too.
    const legend = second.shadowRoot?.querySelector('.legend')?.textContent ?? ''
    expect(legend).toContain(catalogues.cy['diagrams.cycle.actor.child'])
    expect(legend).toContain(catalogues.cy['diagrams.cycle.actor.caregiver'])
    expect(second.shadowRoot?.querySelector('[part~="credit"]')?.textContent).toContain(
      catalogues.cy['common.creditLink'],
    )
    expect(welshRequests()).toHaveLength(1)
  })
})
