import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { shippedSources } from './sources.js'
import { en } from '../src/locales/en.js'

/**
 * Short message keys for the self-contained builds. In the sources a UI text is found by a
 * readable key (`'checklist.summary.strengths'`); each key appears in the English catalogue and at
 * every call site, about 130 keys in all, which costs the bundle over half a kilobyte gzipped.
 * This pass gives every key a code of one or two characters, the same in the catalogue and at the
 * call sites, so nothing else changes: the Welsh file is a list in English key order and never
 * held keys.
 *
 * Some keys are built at run time from a fixed prefix and a value from the content, such as
 * `diagrams.setting.${setting}`. Such a prefix becomes one capital letter and the rest of the key is
 * kept, so `diagrams.setting.foster-care` becomes `Bfoster-care` in the catalogue and
 * `B${setting}` at the call site. Every other key becomes lower-case letters and digits, so no two
 * codes can meet.
 *
 * A string that starts like a key but is neither a key nor a known prefix stops the build: a
 * half-renamed key would show the visitor a blank label.
 */

const NAMESPACES = [...new Set(Object.keys(en).map((key) => key.slice(0, key.indexOf('.') + 1)))]
const namespace = NAMESPACES.map((ns) => ns.replace('.', '\\.')).join('|')
/** A whole quoted key, or the head of a template literal that builds one. */
const literal = new RegExp(`(['"\`])((?:${namespace})[\\w.-]*)(\\1|\\$\\{)`, 'g')

/** The prefixes that the shipped sources complete at run time, longest first. */
const dynamicPrefixes = (srcDir: string): string[] => {
  const prefixes = new Set<string>()
  for (const file of shippedSources(srcDir)) {
    for (const [, quote, text, end] of readFileSync(file, 'utf8').matchAll(literal))
      if (quote === '`' && end === '${') prefixes.add(text!)
  }
  return [...prefixes].sort((a, b) => b.length - a.length)
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const TAIL = `${LOWER}0123456789`
const UPPER = LOWER.toUpperCase()

const shortCode = (index: number): string =>
  index < LOWER.length ? LOWER[index]! : LOWER[Math.floor(index / TAIL.length) % LOWER.length]! + TAIL[index % TAIL.length]!

export interface KeyCodes {
  /** The code for a whole key. */
  key: Map<string, string>
  /** The code for a prefix completed at run time. */
  prefix: Map<string, string>
}

export const messageKeyCodes = (srcDir: string): KeyCodes => {
  const prefixes = dynamicPrefixes(srcDir)
  if (prefixes.length > UPPER.length) throw new Error(`message-keys: ${prefixes.length} run-time key prefixes; there are codes for ${UPPER.length}`)
  const prefix = new Map(prefixes.map((p, i) => [p, UPPER[i]!]))
  const key = new Map<string, string>()
  let next = 0
  for (const k of Object.keys(en)) {
    const owner = prefixes.find((p) => k.startsWith(p))
    key.set(k, owner ? prefix.get(owner)! + k.slice(owner.length) : shortCode(next++))
  }
  if (next > LOWER.length * TAIL.length) throw new Error(`message-keys: ${next} keys need codes longer than two characters`)
  return { key, prefix }
}

/** Rewrites every message key (and run-time key prefix) in one module's code. */
export const rewriteMessageKeys = (code: string, codes: KeyCodes, where: string): string =>
  code.replace(literal, (whole, quote: string, text: string, end: string) => {
    const replacement = end === '${' ? codes.prefix.get(text) : codes.key.get(text)
    if (replacement === undefined)
      throw new Error(`message-keys: ${where} has ${whole}, which is neither a message key nor a known run-time key prefix`)
    return `${quote}${replacement}${end}`
  })

export const messageKeysPlugin = (srcDir: string): Plugin => {
  const codes = messageKeyCodes(srcDir)
  const root = path.resolve(srcDir) + path.sep
  return {
    name: 'secure-base:message-keys',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(root) || !/\.ts$/.test(id)) return null
      return { code: rewriteMessageKeys(code, codes, path.relative(root, id)), map: null }
    },
  }
}
