import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { shippedSources } from './sources.js'
import { en } from '../src/locales/en.js'

/**
 * Short message keys for the self-contained builds. In the sources a UI text is found by a
 * readable key (`'checklist.summary.strengths'`); each key appears in the English catalogue and at
 * every call site, about 130 keys in all, which would cost the bundle over half a kilobyte gzipped.
 * Here the English catalogue becomes a list and every key its position in it: `t('checklist.saved')`
 * ships as `t(41)`.
 *
 * Some keys are built at run time from a fixed prefix and a value from the content, such as
 * `diagrams.setting.${setting}`. Such a prefix becomes one capital letter and the rest of the key is
 * kept: `diagrams.setting.foster-care` is the list's property `Bfoster-care`, looked up as
 * `B${setting}`. These follow the numbered texts, so `Object.keys` of the list gives every key in
 * the order of the Welsh file (`welsh-catalogue.ts`), which holds the Welsh texts in that order.
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

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

export interface KeyCodes {
  /**
   * The code for a whole key: its position in the list, or a string for a run-time key. Entries
   * are in the built catalogue's order, the numbered texts first, then the run-time ones.
   */
  key: Map<string, number | string>
  /** The code for a prefix completed at run time. */
  prefix: Map<string, string>
}

export const messageKeyCodes = (srcDir: string): KeyCodes => {
  const prefixes = dynamicPrefixes(srcDir)
  if (prefixes.length > UPPER.length)
    throw new Error(`message-keys: ${prefixes.length} run-time key prefixes; there are codes for ${UPPER.length}`)
  const prefix = new Map(prefixes.map((p, i) => [p, UPPER[i]!]))
  const owned = Object.keys(en).map((k) => [k, prefixes.find((p) => k.startsWith(p))] as const)
  const key = new Map<string, number | string>()
  for (const [k, owner] of owned) if (!owner) key.set(k, key.size)
  for (const [k, owner] of owned) if (owner) key.set(k, prefix.get(owner)! + k.slice(owner.length))
  return { key, prefix }
}

/** Every English key in the order of the built catalogue: the numbered texts, then the run-time ones. */
export const builtKeyOrder = (codes: KeyCodes): string[] => [...codes.key.keys()]

/** The English catalogue module as the self-contained builds ship it. */
export const builtEnglishModule = (codes: KeyCodes): string => {
  const texts = en as Record<string, string>
  const numbered = [...codes.key].filter(([, code]) => typeof code === 'number').map(([k]) => texts[k])
  const named = [...codes.key].filter(([, code]) => typeof code === 'string').map(([k, code]) => [code, texts[k]])
  return `export const en = Object.assign(${JSON.stringify(numbered)}, ${JSON.stringify(Object.fromEntries(named))})\n`
}

/** Rewrites every message key (and run-time key prefix) in one module's code. */
export const rewriteMessageKeys = (code: string, codes: KeyCodes, where: string): string =>
  code.replace(literal, (whole, quote: string, text: string, end: string) => {
    if (end === '${') {
      const prefix = codes.prefix.get(text)
      if (prefix !== undefined) return `${quote}${prefix}${end}`
    } else {
      const code = codes.key.get(text)
      if (typeof code === 'number') return String(code)
      if (code !== undefined) return `${quote}${code}${end}`
    }
    throw new Error(
      `message-keys: ${where} has ${whole}, which is neither a message key nor a known run-time key prefix`,
    )
  })

/** `codes` from `messageKeyCodes(srcDir)`; the Welsh file must be written in `builtKeyOrder(codes)`. */
export const messageKeysPlugin = (srcDir: string, codes: KeyCodes): Plugin => {
  const root = path.resolve(srcDir) + path.sep
  return {
    name: 'secure-base:message-keys',
    apply: 'build',
    load(id) {
      return id === path.join(root, 'locales', 'en.ts') ? builtEnglishModule(codes) : null
    },
    transform(code, id) {
      if (!id.startsWith(root) || !/\.ts$/.test(id)) return null
      return { code: rewriteMessageKeys(code, codes, path.relative(root, id)), map: null }
    },
  }
}
