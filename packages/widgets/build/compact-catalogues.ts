import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * In the self-contained builds, ships each translated UI catalogue (`src/locales/<lang>/*.ts`) as a
 * list of its texts in the order of the English catalogue's keys, instead of repeating every key. The
 * element code builds the same object at start-up from the English keys. TypeScript already makes
 * every catalogue carry exactly the English keys; a file that does not parse as the plain
 * `'key': 'text'` list this expects, or whose keys differ from English, is shipped unchanged.
 */

const KEY = /^\s*'([^']+)':/gm
const ENTRY = /^\s*'([^']+)':\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*,?\s*$/gm

const keysOf = (source: string): string[] => [...source.matchAll(KEY)].map((m) => m[1]!)

export const compactCatalogue = (source: string, english: string, englishPath: string): string | null => {
  const name = /export const (\w+)\b/.exec(source)?.[1]
  const englishName = /export const (\w+)\b/.exec(english)?.[1]
  if (!name || !englishName) return null
  const texts = new Map([...source.matchAll(ENTRY)].map((m) => [m[1]!, m[2]!]))
  const order = keysOf(english)
  const own = keysOf(source)
  if (own.length !== texts.size || own.length !== order.length || !order.every((key) => texts.has(key))) return null
  return [
    `import { ${englishName} as english } from '${englishPath}'`,
    `const texts = [${order.map((key) => texts.get(key)).join(',')}]`,
    `export const ${name} = Object.fromEntries(Object.keys(english).map((key, i) => [key, texts[i]]))`,
  ].join('\n')
}

export const compactCataloguesPlugin = (): Plugin => ({
  name: 'secure-base:compact-catalogues',
  enforce: 'pre',
  transform(code, id) {
    const match = /\/src\/locales\/(?!en\/)[a-z]+\/(\w+)\.ts$/.exec(id)
    if (!match) return null
    const english = readFileSync(id.replace(/\/locales\/[a-z]+\//, '/locales/en/'), 'utf8')
    const compact = compactCatalogue(code, english, `../en/${match[1]}.js`)
    return compact === null ? null : { code: compact, map: null }
  },
})
