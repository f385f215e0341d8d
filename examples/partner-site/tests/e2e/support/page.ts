import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface PageWatch {
  consoleErrors: string[]
  cspViolations: () => Promise<string[]>
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/** Collects console errors, uncaught exceptions and CSP violations from the first byte of the page on. */
export const watchPage = async (page: Page): Promise<PageWatch> => {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`))
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const where = event.target instanceof Element ? `<${event.target.localName}>` : 'document'
        const what = event.blockedURI || `inline "${event.sample}"`
        window.__cspViolations?.push(`${event.violatedDirective} blocked ${what} on ${where}`)
      },
      true,
    )
  })
  return { consoleErrors, cspViolations: () => page.evaluate(() => window.__cspViolations ?? []) }
}

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Runs axe-core inside the page. It is added through the DevTools protocol, which the page's CSP
 * does not govern, and it walks open shadow roots on its own.
 */
export const runAxe = async (page: Page): Promise<AxeViolation[]> => {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
          }>
        }
      }
    ).axe
    // The checklist lays out dimensions far off screen only when scrolled to (`content-visibility: auto`),
    // and axe reads colour contrast from rendered boxes, so lay everything out first, as scrolling would.
    const renderAll = new CSSStyleSheet()
    renderAll.replaceSync('* { content-visibility: visible !important; }')
    const roots = [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, renderAll]
    const result = await axe.run(document, { resultTypes: ['violations'] })
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== renderAll)
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }))
  })
}

export interface Focused {
  tag: string
  type: string | null
  name: string | null
  label: string
  checked: boolean
  /** The custom element the focused control lives in, if any. */
  widget: string | null
}

/** What has keyboard focus, looking through shadow roots the way a screen reader would. */
export const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    let element = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    if (!element || element === document.body) return null
    const root = element.getRootNode()
    const input = element instanceof HTMLInputElement ? element : null
    const label = input?.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? ''
    return {
      tag: element.localName,
      type: element.getAttribute('type'),
      name: element.getAttribute('name'),
      label: label.replace(/\s+/g, ' ').trim(),
      checked: input?.checked ?? false,
      widget: root instanceof ShadowRoot ? root.host.localName : null,
    }
  })
