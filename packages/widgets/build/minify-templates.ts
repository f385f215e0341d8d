import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { shippedSources } from './sources.js'

/**
 * Shrinks the static text of Lit's `css`, `html` and `svg` tagged templates in the self-contained
 * builds. The JS minifier leaves template literals untouched, so without this every stylesheet and
 * template ships with its source indentation.
 *
 * Only whitespace and CSS comments go. Whitespace in HTML is collapsed to one space rather than
 * removed, because between inline elements a space is visible; runs of spaces render the same as
 * one outside `<pre>`, and the widgets set `<textarea>` content through `.value`, never as text.
 */

type Segment = { start: number; end: number; tag: string }

const TAGS = new Set(['css', 'html', 'svg'])

/** Skips a quoted string starting at `i` (the quote) and returns the index after it. */
const skipString = (src: string, i: number): number => {
  const quote = src[i]
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++
    else if (src[j] === quote) return j + 1
  }
  return src.length
}

/** Scans code from `i` until an unmatched `}` (or the end), collecting template segments on the way. */
const scanCode = (src: string, i: number, out: Segment[], nested: boolean): number => {
  let depth = 0
  while (i < src.length) {
    const c = src[i]!
    if (c === '/' && src[i + 1] === '/') i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i)
    else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i + 2) + 2
    else if (c === '"' || c === "'") i = skipString(src, i)
    else if (c === '`') {
      const tag = /([A-Za-z_$][\w$]*)\s*$/.exec(src.slice(Math.max(0, i - 40), i))?.[1] ?? ''
      i = scanTemplate(src, i, tag, out)
    } else if (c === '{') {
      depth++
      i++
    } else if (c === '}') {
      if (depth === 0 && nested) return i + 1
      depth--
      i++
    } else i++
  }
  return i
}

/** Scans a template literal whose backtick is at `i`; returns the index after its closing backtick. */
const scanTemplate = (src: string, i: number, tag: string, out: Segment[]): number => {
  let start = i + 1
  let j = start
  while (j < src.length) {
    const c = src[j]
    if (c === '\\') j += 2
    else if (c === '`') {
      if (TAGS.has(tag)) out.push({ start, end: j, tag })
      return j + 1
    } else if (c === '$' && src[j + 1] === '{') {
      if (TAGS.has(tag)) out.push({ start, end: j, tag })
      j = scanCode(src, j + 2, out, true)
      start = j
    } else j++
  }
  return j
}

const minifyCss = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([^\w.#-])0\.(\d)/g, '$1.$2')

const minifyMarkup = (text: string): string => text.replace(/\s+/g, ' ')

export const minifyTemplates = (src: string): string => {
  const segments: Segment[] = []
  scanCode(src, 0, segments, false)
  let result = src
  for (const { start, end, tag } of segments.sort((a, b) => b.start - a.start)) {
    const text = src.slice(start, end)
    result = result.slice(0, start) + (tag === 'css' ? minifyCss(text) : minifyMarkup(text)) + result.slice(end)
  }
  return result
}

/**
 * The widgets' private custom properties (`--_sb-accent`, `--_sb-surface-raised`, …) are internal
 * names that the public `--secure-base-*` properties feed; in the self-contained builds they become
 * `--_a`, `--_b`, …, the most used first, the same in every module.
 */
const PRIVATE_PROPERTY = /--_sb-[a-z-]+/g

export const privatePropertyCodes = (srcDir: string): Map<string, string> => {
  const uses = new Map<string, number>()
  for (const file of shippedSources(srcDir))
    for (const [name] of readFileSync(file, 'utf8').matchAll(PRIVATE_PROPERTY)) uses.set(name, (uses.get(name) ?? 0) + 1)
  const names = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a.localeCompare(b))
  return new Map(names.map((name, i) => [name, `--_${i.toString(36)}`]))
}

export const minifyTemplatesPlugin = (srcDir: string): Plugin => {
  const codes = privatePropertyCodes(srcDir)
  return {
    name: 'secure-base:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || /\.(test|stories)\.ts$/.test(id)) return null
      return { code: minifyTemplates(code).replace(PRIVATE_PROPERTY, (name) => codes.get(name) ?? name), map: null }
    },
  }
}
