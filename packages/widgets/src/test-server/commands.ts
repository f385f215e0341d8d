import type { Page } from 'playwright'
import type { BrowserCommand } from 'vitest/node'

/**
 * Node-side helpers the browser tests call through `commands` from `vitest/browser`: things only
 * the Playwright page can do, such as emulating a user preference or opening a separate tab
 * with its own Content-Security-Policy.
 */

export interface CspReport {
  /** Directives the page broke, as `securitypolicyviolation` events reported them. */
  violations: string[]
  /** Uncaught errors and rejected promises on the page, e.g. from defining an element twice. */
  errors: string[]
  /** Per element name: whether its shadow root holds rendered content other than a loading state. */
  rendered: Record<string, boolean>
  /** Per element name: the text of a note the script put into its light DOM because it could not render. */
  fallbacks: Record<string, string>
  /** Every `secure-base-load` event, as `<element name> <detail as JSON>`. */
  loads: string[]
  /** What the page wrote to the console as warnings. */
  warnings: string[]
}

const emulateReducedMotion: BrowserCommand<[reduce: boolean]> = async (context, reduce) => {
  if (!('page' in context)) throw new Error('emulateReducedMotion needs the Playwright provider')
  await context.page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' })
}

/** Printing (or the screen again, with `null`), as seen by a visitor whose system prefers `colorScheme`. */
const emulatePrint: BrowserCommand<[print: boolean, colorScheme: 'light' | 'dark' | null]> = async (
  context,
  print,
  colorScheme,
) => {
  if (!('page' in context)) throw new Error('emulatePrint needs the Playwright provider')
  await context.page.emulateMedia({ media: print ? 'print' : null, colorScheme })
}

const openCspPage: BrowserCommand<[url: string, names: string[]]> = async (context, url, names): Promise<CspReport> => {
  if (!('context' in context)) throw new Error('openCspPage needs the Playwright provider')
  const page = await context.context.newPage()
  try {
    // Registered before any page script runs, so nothing the bundle does goes unseen.
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[]; __errors: string[]; __loads: string[] }
      w.__violations = []
      w.__errors = []
      w.__loads = []
      document.addEventListener('secure-base-load', (e) =>
        w.__loads.push(`${(e.target as Element).localName} ${JSON.stringify((e as CustomEvent).detail)}`),
      )
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          // Composed path: the offending node is usually inside a widget's shadow root.
          const node = e.composedPath()[0]
          const where = node instanceof Element ? `<${node.localName} class="${node.getAttribute('class') ?? ''}">` : ''
          const host =
            node instanceof Node && node.getRootNode() instanceof ShadowRoot
              ? (node.getRootNode() as ShadowRoot).host.localName
              : ''
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${host} ${where}`.replace(/\s+/g, ' ').trim())
        },
        true,
      )
      window.addEventListener('error', (e) => w.__errors.push(String(e.message)))
      window.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)))
    })
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    await page.goto(url)
    // A widget that never renders is reported below as not rendered rather than as a bare timeout.
    await page
      .waitForFunction(
        (tags: string[]) =>
          tags.every((tag) => {
            const el = document.querySelector(tag)
            const root = el?.shadowRoot
            const fellBack = !!el?.querySelector(':scope > [data-secure-base-fallback]')?.textContent
            return fellBack || (!!root && root.childElementCount > 0 && !root.querySelector('[aria-busy="true"]'))
          }),
        names,
        { timeout: 8000 },
      )
      .catch(() => undefined)
    // One more frame so that late violation reports (they are queued as tasks) arrive.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
    const report = await page.evaluate((tags: string[]) => {
      const w = window as unknown as { __violations: string[]; __errors: string[]; __loads: string[] }
      const rendered: Record<string, boolean> = {}
      const fallbacks: Record<string, string> = {}
      for (const tag of tags) {
        const el = document.querySelector(tag)
        const root = el?.shadowRoot
        rendered[tag] = !!root && !root.querySelector('[part~="error"]') && (root.textContent ?? '').trim().length > 0
        const note = el?.querySelector(':scope > [data-secure-base-fallback]')
        if (note?.checkVisibility()) fallbacks[tag] = note.textContent ?? ''
      }
      return { violations: w.__violations, errors: w.__errors, loads: w.__loads, rendered, fallbacks }
    }, names)
    return { ...report, warnings }
  } finally {
    await page.close()
  }
}

/**
 * Further tabs in the test's browser context, by name, for what only two real tabs show: the
 * `storage` event, and one tab's saves meeting the other's. Selectors are Playwright's, which
 * reach into open shadow roots.
 */
const tabs = new Map<string, Page>()

const tab = (name: string): Page => {
  const page = tabs.get(name)
  if (!page) throw new Error(`No tab named ${name}`)
  return page
}

/** Opens `url` in a new tab; `fresh` empties the origin's localStorage first and loads it again. */
const openTab: BrowserCommand<[name: string, url: string, fresh: boolean]> = async (context, name, url, fresh) => {
  if (!('context' in context)) throw new Error('openTab needs the Playwright provider')
  const page = await context.context.newPage()
  tabs.set(name, page)
  await page.goto(url)
  if (fresh) {
    await page.evaluate(() => localStorage.clear())
    await page.reload()
  }
}

const checkInTab: BrowserCommand<[name: string, selector: string]> = async (_context, name, selector) => {
  await tab(name).locator(selector).check()
}

const isCheckedInTab: BrowserCommand<[name: string, selector: string]> = async (_context, name, selector) =>
  tab(name).locator(selector).isChecked()

const reloadTab: BrowserCommand<[name: string]> = async (_context, name) => {
  await tab(name).reload()
}

const closeTabs: BrowserCommand<[]> = async () => {
  await Promise.all([...tabs.values()].map((page) => page.close()))
  tabs.clear()
}

export const commands = {
  emulateReducedMotion,
  emulatePrint,
  openCspPage,
  openTab,
  checkInTab,
  isCheckedInTab,
  reloadTab,
  closeTabs,
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateReducedMotion: (reduce: boolean) => Promise<void>
    emulatePrint: (print: boolean, colorScheme: 'light' | 'dark' | null) => Promise<void>
    openCspPage: (url: string, names: string[]) => Promise<CspReport>
    openTab: (name: string, url: string, fresh: boolean) => Promise<void>
    checkInTab: (name: string, selector: string) => Promise<void>
    isCheckedInTab: (name: string, selector: string) => Promise<boolean>
    reloadTab: (name: string) => Promise<void>
    closeTabs: () => Promise<void>
  }
}
