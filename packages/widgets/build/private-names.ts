import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { shippedSources, walk } from './sources.js'

/**
 * The private and protected class members that the self-contained builds may rename. TypeScript's
 * `private` leaves no trace in JavaScript, so the minifier cannot know which property names are
 * internal; this works it out from the source, conservatively. A member qualifies when:
 * - it is declared `private` or `protected` and carries no decorator (Lit reactive properties are
 *   registered by name, so their names must stay);
 * - every other mention of the name in the package's shipped source is `this.<name>`, so it is
 *   never a key of content, saved answers, event details or options objects;
 * - the name is not a property anywhere in the DOM's, Lit's or valibot's type declarations.
 * Anything that fails a test keeps its name; a renamed member is renamed everywhere in the bundle.
 */

const require = createRequire(import.meta.url)

const declarations = (dir: string): string[] =>
  walk(dir).filter((file) => file.endsWith('.d.ts') || file.endsWith('.d.mts'))

export const privateMemberNames = (srcDir: string): string[] => {
  // Comments do not count as mentions: a word in a comment must not keep a member's long name.
  const sources = shippedSources(srcDir).map((file) =>
    readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''),
  )
  const all = sources.join('\n')

  const declared = new Set<string>()
  const member = /^(\s*)(?:(@\w+\((?:[^()]|\([^()]*\))*\))\s*)?(?:private|protected)\s+(?:readonly\s+|static\s+|override\s+|async\s+|get\s+|set\s+)*([A-Za-z]\w*)/gm
  for (const [, , decorator, name] of all.matchAll(member)) if (!decorator) declared.add(name!)
  // One level of nested parentheses covers decorator options such as `{ converter: parse() }`.
  const decorated = /@\w+\((?:[^()]|\([^()]*\))*\)\s*(?:(?:private|protected|public|readonly|override|declare|accessor)\s+)*([A-Za-z]\w*)/g
  for (const [, name] of all.matchAll(decorated)) declared.delete(name!)

  const litDir = path.dirname(require.resolve('lit'))
  const typeDirs = [
    path.dirname(require.resolve('typescript/lib/lib.dom.d.ts')),
    litDir,
    ...['lit-html', 'lit-element', '@lit/reactive-element'].map((name) =>
      path.dirname(require.resolve(name, { paths: [litDir] })),
    ),
    path.join(path.dirname(require.resolve('valibot')), '..'),
  ]
  const libFiles = [
    ...readdirSync(typeDirs[0]!).filter((f) => /^lib\..*\.d\.ts$/.test(f)).map((f) => path.join(typeDirs[0]!, f)),
    ...typeDirs.slice(1).flatMap(declarations),
  ]
  const foreign = libFiles.map((file) => readFileSync(file, 'utf8')).join('\n')

  return [...declared]
    .filter((name) => {
      const mentions = [...all.matchAll(new RegExp(`(^|[^\\w$])(\\w*\\.)?${name}(?![\\w$])`, 'gm'))]
      const declarationsOf = [...all.matchAll(new RegExp(`(?:private|protected)\\s+(?:readonly\\s+|static\\s+|override\\s+|async\\s+|get\\s+|set\\s+)*${name}(?![\\w$])`, 'g'))]
      const viaThis = mentions.filter((m) => m[2] === 'this.').length
      return mentions.length === viaThis + declarationsOf.length
    })
    .filter((name) => !new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(foreign))
    .sort()
}
