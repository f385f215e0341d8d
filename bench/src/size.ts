import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build, transform } from 'esbuild'
import { type PartResult, type Row, Skipped, kb } from './report.js'
import { packageDir } from './paths.js'

/** Issue 3's target for all four components with Lit, minified and gzipped (1 KB = 1000 bytes). */
export const BUNDLE_TARGET_BYTES = 25_000

type SizeLimitEntry = { path?: string; limit?: string; gzip?: boolean; brotli?: boolean }

const UNITS: Record<string, number> = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 2 ** 20 }

/**
 * The gzip ceilings the widgets package declares for size-limit, by file. The smoke run holds the
 * build to these, so CI has one budget, kept beside the code it limits.
 */
const declaredCeilings = (widgetsDir: string): Map<string, number> => {
  const manifest = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8')) as {
    'size-limit'?: SizeLimitEntry[]
  }
  const ceilings = new Map<string, number>()
  for (const entry of manifest['size-limit'] ?? []) {
    const match = /^\s*([\d.]+)\s*([a-z]*)\s*$/i.exec(entry.limit ?? '')
    const unit = UNITS[(match?.[2] || 'b').toLowerCase()]
    if (!entry.path || !match || !unit || entry.brotli || entry.gzip === false) continue
    ceilings.set(entry.path.replace(/^\.\//, ''), Number(match[1]) * unit)
  }
  return ceilings
}

const COMPONENTS = ['checklist', 'cycle', 'dimensions', 'resources'] as const
const SELF_CONTAINED = 'dist/secure-base-widgets.js'
/** The Welsh UI text the bundle fetches beside itself, only for widgets in Welsh. */
const WELSH_TEXT = 'dist/secure-base-widgets.cy.json'

/** The files people embed instead of these widgets, as their npm packages ship them. */
const ALTERNATIVES = [
  { label: 'Typeform embed', pkg: '@typeform/embed', file: 'build/embed.js' },
  { label: 'Typebot web component', pkg: '@typebot.io/js', file: 'dist/web.js' },
  { label: 'SurveyJS core', pkg: 'survey-core', file: 'survey.core.min.js' },
] as const

export interface Sizes {
  raw: number
  min: number
  gzip: number
  brotli: number
}

const compress = (code: Uint8Array): Pick<Sizes, 'gzip' | 'brotli'> => ({
  gzip: gzipSync(code, { level: 9 }).byteLength,
  brotli: brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.byteLength },
  }).byteLength,
})

/**
 * Every file goes through the same minifier before compression, so no package gains or loses by how
 * its authors happened to minify; a file that gzips smaller as shipped is measured as shipped.
 */
export const measureFile = async (path: string): Promise<Sizes> => {
  const source = readFileSync(path)
  const { code } = await transform(source.toString('utf8'), { minify: true, legalComments: 'none', logLevel: 'silent' })
  const [best] = [source, Buffer.from(code)]
    .map((bytes) => ({ bytes, ...compress(bytes) }))
    .sort((a, b) => a.gzip - b.gzip)
  return { raw: source.byteLength, min: best!.bytes.byteLength, gzip: best!.gzip, brotli: best!.brotli }
}

/**
 * A component's own entry together with everything it imports (Lit included), as one minified file.
 * An entry that imports nothing is already self-contained and is measured like any shipped file.
 */
export const measureEntry = async (entry: string): Promise<Sizes> => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  })
  if (Object.keys(result.metafile.inputs).length === 1) return measureFile(entry)
  const code = result.outputFiles[0]!.contents
  return { raw: readFileSync(entry).byteLength, min: code.byteLength, ...compress(code) }
}

/** Lit's share of every figure: the parts of Lit a component needs, bundled and minified alone. */
const measureLit = async (widgetsDir: string): Promise<Sizes> => {
  const result = await build({
    stdin: {
      contents: "export { LitElement, html, css, svg, nothing } from 'lit'",
      resolveDir: widgetsDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]!.contents
  return { raw: code.byteLength, min: code.byteLength, ...compress(code) }
}

/** Which package each minified byte of the four components comes from, biggest first. */
const composition = async (widgetsDir: string, entries: string[]): Promise<{ total: number; parts: string }> => {
  // From the sources: the built chunks have their dependencies inlined, so they no longer say whose bytes are whose.
  const result = await build({
    stdin: { contents: entries.map((e) => `import ${JSON.stringify(e)}`).join('\n'), resolveDir: '/', loader: 'js' },
    tsconfig: join(widgetsDir, 'tsconfig.json'),
    // As in the self-contained build, the browser's contract checks run on the widgets' small valibot stand-in.
    alias: { valibot: join(widgetsDir, 'build', 'valibot-lite.ts') },
    // Each entry registers an element, a side effect the package's own sideEffects list does not name for sources.
    ignoreAnnotations: true,
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const bytes = new Map<string, number>()
  for (const output of Object.values(result.metafile.outputs))
    for (const [path, input] of Object.entries(output.inputs)) {
      const pkg = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1]
      const folder = /packages\/widgets\/(?:src\/)?([^/]+)\//.exec(path)?.[1]
      const owner =
        pkg ?? (path.includes('/packages/content/') ? '@secure-base/content' : `widgets/${folder ?? '(root)'}`)
      bytes.set(owner, (bytes.get(owner) ?? 0) + input.bytesInOutput)
    }
  const parts = [...bytes.entries()]
    .filter(([, n]) => n >= 50)
    .sort((x, y) => y[1] - x[1])
    .map(([owner, n]) => `${owner} ${kb(n)}`)
    .join(' · ')
  return { total: [...bytes.values()].reduce((a, b) => a + b, 0), parts }
}

/** Finds a component's own ESM entry from the package's exports, or the usual places a Vite library build puts it. */
const componentEntry = (widgetsDir: string, name: string): string | undefined => {
  const manifest = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8')) as { exports?: unknown }
  const fromExports: string[] = []
  const collect = (value: unknown): void => {
    if (typeof value === 'string') fromExports.push(value)
    else if (value && typeof value === 'object')
      for (const [condition, target] of Object.entries(value)) if (condition !== 'types') collect(target)
  }
  if (manifest.exports && typeof manifest.exports === 'object')
    for (const [key, target] of Object.entries(manifest.exports)) if (key.includes(name)) collect(target)
  const candidates = [
    ...fromExports.filter((p) => p.endsWith('.js')),
    `dist/standalone/${name}.js`,
    `dist/define/${name}.js`,
    `dist/${name}.js`,
    `dist/${name}/index.js`,
    `dist/secure-base-${name}.js`,
  ]
  return candidates.map((p) => join(widgetsDir, p)).find((p) => existsSync(p))
}

const sizeRow = (measure: string, s: Sizes, note?: string): Row => ({
  part: 'size',
  measure,
  value: `${kb(s.gzip)} gz`,
  note: `${kb(s.brotli)} br · ${kb(s.min)} min${note ? ` · ${note}` : ''}`,
})

export const runSize = async (): Promise<PartResult> => {
  const result: PartResult = { part: 'size', rows: [], failures: [] }
  const widgetsDir = packageDir('@secure-base/widgets')
  const bundlePath = join(widgetsDir, SELF_CONTAINED)
  const bundle = existsSync(bundlePath) ? await measureFile(bundlePath) : null

  if (bundle) {
    const ceilings = declaredCeilings(widgetsDir)
    // Without a declared ceiling the issue's target is the budget.
    const bundleCeiling = ceilings.get(SELF_CONTAINED) ?? BUNDLE_TARGET_BYTES
    const checkCeiling = (label: string, sizes: Sizes, ceiling: number | undefined): string => {
      if (ceiling === undefined) return ''
      if (sizes.gzip > ceiling)
        result.failures.push(`${label} is ${sizes.gzip} B gzipped, over its ${ceiling} B ceiling`)
      return `ceiling ${kb(ceiling)}: ${sizes.gzip <= ceiling ? 'within' : 'OVER'}`
    }
    // The build also writes the copies the CMS sends: zopfli's gzip and brotli, packed once, tighter than zlib on the fly.
    const sent = (suffix: string) =>
      existsSync(bundlePath + suffix) ? readFileSync(bundlePath + suffix).byteLength : undefined
    const sentGzip = sent('.gz')
    const sentBrotli = sent('.br')
    const smallestGzip = Math.min(bundle.gzip, sentGzip ?? Infinity)
    const target = `target ${kb(BUNDLE_TARGET_BYTES)}: ${smallestGzip <= BUNDLE_TARGET_BYTES ? 'met' : 'not met'}${sentGzip ? ' as sent' : ''}`
    const bundleNote = [target, checkCeiling(SELF_CONTAINED, bundle, bundleCeiling)].join(' · ')
    result.rows.push(sizeRow('secure-base-widgets.js (all four + Lit)', bundle, bundleNote))
    if (sentGzip && sentBrotli)
      result.rows.push({
        part: 'size',
        measure: 'secure-base-widgets.js as the CMS sends it',
        value: `${kb(sentGzip)} gz`,
        note: `${kb(sentBrotli)} br · the build's zopfli and brotli copies (dist/*.js.gz, *.js.br), the same bytes decoded`,
      })
    const welshPath = join(widgetsDir, WELSH_TEXT)
    if (existsSync(welshPath)) {
      const body = readFileSync(welshPath)
      const welsh: Sizes = { raw: body.byteLength, min: body.byteLength, ...compress(body) }
      const note = ['fetched only by widgets in Welsh', checkCeiling(WELSH_TEXT, welsh, ceilings.get(WELSH_TEXT))]
      result.rows.push(
        sizeRow('+ Welsh UI text (secure-base-widgets.cy.json)', welsh, note.filter(Boolean).join(' · ')),
      )
    }
    for (const name of COMPONENTS) {
      const entry = componentEntry(widgetsDir, name)
      if (!entry) {
        result.failures.push(`no entry found for the ${name} component; dist holds: ${listDist(widgetsDir).join(', ')}`)
        continue
      }
      const sizes = await measureEntry(entry)
      const relative = entry.slice(widgetsDir.length + 1)
      result.rows.push(
        sizeRow(`${name} entry alone (+ Lit)`, sizes, checkCeiling(relative, sizes, ceilings.get(relative))),
      )
    }
    result.rows.push(
      sizeRow('of which Lit (LitElement, html, css, svg)', await measureLit(widgetsDir), 'bundled alone'),
    )
    const sources = COMPONENTS.map((name) => join(widgetsDir, 'src', 'define', `${name}.ts`)).filter((p) =>
      existsSync(p),
    )
    if (sources.length === COMPONENTS.length) {
      const { total, parts } = await composition(widgetsDir, sources)
      result.rows.push({
        part: 'size',
        measure: 'all four, whose bytes (from the sources)',
        value: `${kb(total)} min`,
        note: parts,
      })
    }
  }

  // The alternatives are measured even without our build, so the comparison column is never empty.
  for (const alt of ALTERNATIVES) {
    const dir = packageDir(alt.pkg)
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
    const sizes = await measureFile(join(dir, alt.file))
    const versus = bundle ? `${(sizes.gzip / bundle.gzip).toFixed(1)}× ours` : undefined
    result.rows.push(sizeRow(`${alt.label} (${alt.pkg}@${version} ${alt.file})`, sizes, versus))
  }

  if (!bundle)
    throw new Skipped(
      `${SELF_CONTAINED} is missing: build the widgets first (pnpm --filter @secure-base/widgets build)`,
      result.rows,
    )
  return result
}

/** The files a Vite build left in dist, for the message when an expected entry is absent. */
export const listDist = (widgetsDir: string): string[] =>
  existsSync(join(widgetsDir, 'dist')) ? readdirSync(join(widgetsDir, 'dist'), { recursive: true }).map(String) : []
