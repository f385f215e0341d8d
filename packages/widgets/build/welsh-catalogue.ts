import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { catalogues, type MessageKey } from '../src/locales/index.js'

/** The Welsh UI text of a self-contained build, written next to its script. */
export const WELSH_CATALOGUE_FILE = 'secure-base-widgets.cy.json'

/** The Welsh texts in the order of the built English catalogue's keys (`order`): the script already holds the keys. */
export const welshCatalogueJson = (order: string[]): string =>
  JSON.stringify(order.map((key) => catalogues.cy[key as MessageKey]))

/**
 * For the self-contained builds: a page in English should not download Welsh, so the Welsh UI
 * text leaves the script for `secure-base-widgets.cy.json` beside it (`dir` is the script's folder
 * inside `dist`), and `src/locales/welsh.ts` becomes a fetch of that file. The fetch carries the
 * file's SHA-384, so a page that pins the script with Subresource Integrity gets the same guarantee
 * for the text; a file that does not match is refused and the widget falls back to English.
 */
export const welshCataloguePlugin = (dir: string, order: string[]): Plugin => {
  const json = welshCatalogueJson(order)
  const integrity = `sha384-${createHash('sha384').update(json).digest('base64')}`
  return {
    name: 'secure-base:welsh-catalogue',
    enforce: 'pre',
    load(id) {
      if (!/\/src\/locales\/welsh\.ts$/.test(id)) return null
      // The file name is a variable so that Vite does not treat the URL as an asset of the build.
      return [
        `import { en } from './en.js'`,
        `const file = ${JSON.stringify(WELSH_CATALOGUE_FILE)}`,
        // Called once per page: the locale controller keeps the promise for every widget.
        `export const loadWelsh = () => fetch(new URL(file, import.meta.url), { integrity: ${JSON.stringify(integrity)} })`,
        `  .then((response) => { if (!response.ok) throw new Error(file + ': HTTP ' + response.status); return response.json() })`,
        `  .then((texts) => Object.fromEntries(Object.keys(en).map((key, i) => [key, texts[i]])))`,
      ].join('\n')
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${dir ? `${dir}/` : ''}${WELSH_CATALOGUE_FILE}`, source: json })
    },
  }
}
