import { describe, expect, inject, it } from 'vitest'
import { commands } from 'vitest/browser'
import { TRUSTED_TYPES_DIRECTIVE } from './internal/trusted-types.js'

const names = ['secure-base-checklist', 'secure-base-cycle', 'secure-base-dimensions', 'secure-base-resources']
const everyName = <T>(value: T) => Object.fromEntries(names.map((name) => [name, value]))

describe('the built self-contained bundle on a partner page with a strict Content-Security-Policy', () => {
  it('renders all four widgets with no policy violation, even with the script included twice', async () => {
    // A separate tab, so the page's own CSP header applies and nothing of the test runner is on it.
    const report = await commands.openCspPage(`${inject('fixtureServer')}/csp/page.html`, names)
    expect(report.violations).toEqual([])
    expect(report.errors).toEqual([])
    expect(report.rendered).toEqual(everyName(true))
  })

  it('renders all four widgets when the page enforces Trusted Types and lists the policies the README names', async () => {
    const report = await commands.openCspPage(`${inject('fixtureServer')}/csp/trusted-types-allowed.html`, names)
    expect(report.violations).toEqual([])
    expect(report.errors).toEqual([])
    expect(report.rendered).toEqual(everyName(true))
    expect(report.fallbacks).toEqual({})
  })

  it('shows a short note in each widget, tells the page and names the directive to add when Trusted Types refuse its policy', async () => {
    const report = await commands.openCspPage(`${inject('fixtureServer')}/csp/trusted-types-refused.html`, names)
    expect(report.rendered).toEqual(everyName(false))
    // Plain text in the light DOM, in each widget's language (the resources widget is in Welsh).
    expect(report.fallbacks).toEqual({
      'secure-base-checklist': 'This website’s security settings do not let this content show here yet.',
      'secure-base-cycle': 'This website’s security settings do not let this content show here yet.',
      'secure-base-dimensions': 'This website’s security settings do not let this content show here yet.',
      'secure-base-resources': 'Dyw gosodiadau diogelwch y wefan hon ddim yn gadael i’r cynnwys hwn ymddangos yma eto.',
    })
    expect(report.loads.sort()).toEqual(names.map((name) => `${name} {"status":"error","kind":"trusted-types"}`))
    const advice = report.warnings.filter((line) => line.includes('Trusted Types'))
    expect(advice).toHaveLength(1)
    expect(advice[0]).toContain(TRUSTED_TYPES_DIRECTIVE)
  })
})
