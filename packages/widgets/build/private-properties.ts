import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { shippedSources } from './sources.js'

/**
 * The widgets' private custom properties (`--_sb-accent`, `--_sb-surface-raised`, …) are internal
 * names that the public `--secure-base-*` properties feed; in the self-contained builds they become
 * `--_0`, `--_1`, …, the most used first, the same in every module. Code that reads one at run time
 * writes its name out in full, so that this finds it.
 */
const PRIVATE_PROPERTY = /--_sb-[a-z-]+/g

export const privatePropertyCodes = (srcDir: string): Map<string, string> => {
  const uses = new Map<string, number>()
  for (const file of shippedSources(srcDir))
    for (const [name] of readFileSync(file, 'utf8').matchAll(PRIVATE_PROPERTY))
      uses.set(name, (uses.get(name) ?? 0) + 1)
  const names = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a.localeCompare(b))
  return new Map(names.map((name, i) => [name, `--_${i.toString(36)}`]))
}

export const privatePropertiesPlugin = (srcDir: string): Plugin => {
  const codes = privatePropertyCodes(srcDir)
  return {
    name: 'secure-base:private-properties',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || /\.(test|stories)\.ts$/.test(id)) return null
      // Names only get shorter within their line, so the source map stays right to the line.
      return { code: code.replace(PRIVATE_PROPERTY, (name) => codes.get(name) ?? name), map: null }
    },
  }
}
