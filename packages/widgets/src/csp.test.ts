import { describe, expect, inject, it } from 'vitest'
import { commands } from 'vitest/browser'

const names = ['secure-base-checklist', 'secure-base-cycle', 'secure-base-dimensions', 'secure-base-resources']

describe('the built self-contained bundle on a partner page with a strict Content-Security-Policy', () => {
  it('renders all four widgets with no policy violation, even with the script included twice', async () => {
    // A separate tab, so the page's own CSP header applies and nothing of the test runner is on it.
    const report = await commands.openCspPage(`${inject('fixtureServer')}/csp/page.html`, names)
    expect(report.violations).toEqual([])
    expect(report.errors).toEqual([])
    expect(report.rendered).toEqual(Object.fromEntries(names.map((name) => [name, true])))
  })
})
