import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { etagForCoding, type ContentCoding, type EncodedBody } from '../lib/content-coding'

/** Where the CMS serves widget files: `/widgets/<version>/<file>`. */
export const WIDGETS_PATH = '/widgets'

export interface WidgetFile {
  /** The file's name in the widgets package's `dist`, e.g. `secure-base-widgets.js`. */
  file: string
  /**
   * The package version plus a short hash of the whole build: it changes whenever any served byte
   * does, and every file of one build shares it, so a script finds the files beside it (its Welsh
   * UI text) at its own versioned address.
   */
  version: string
  /** The versioned, immutable path on the CMS, e.g. `/widgets/1.0.0-3f9a…/secure-base-widgets.js`. */
  path: string
  /** Subresource Integrity for the `integrity` attribute of a script tag. */
  integrity: string
  /** `text/javascript` for scripts, `application/json` for UI text. */
  contentType: string
  /** A strong ETag for conditional requests. */
  etag: string
  bytes: number
}

/** A content coding the widgets build writes beside each file (`<file>.br`, `<file>.gz`), best first. */
export const ENCODINGS: readonly { coding: ContentCoding; suffix: string; decode: (bytes: Buffer) => Buffer }[] = [
  { coding: 'br', suffix: '.br', decode: brotliDecompressSync },
  { coding: 'gzip', suffix: '.gz', decode: gunzipSync },
]

export interface ServedWidgetFile extends WidgetFile {
  body: Buffer
  /** The same bytes compressed at build time, in order of preference; empty when the build wrote none. */
  encoded: EncodedBody[]
}

/** The self-contained bundle a partner page loads with one script tag. */
export const MAIN_WIDGET_FILE = 'secure-base-widgets.js'

export class WidgetsNotBuiltError extends Error {
  constructor(searched: string[]) {
    super(
      `The widget files are not built (looked in ${searched.join(', ')}). ` +
        'Run `pnpm --filter @secure-base/widgets build` and restart the CMS.',
    )
    this.name = 'WidgetsNotBuiltError'
  }
}

// The production server, the Payload CLI and Vitest all run with the cms package as the working
// directory; the workspace link under node_modules is the package that was built.
const candidatePackageDirs = (): string[] => {
  const fromEnv = process.env.SECURE_BASE_WIDGETS_DIR
  return [
    ...(fromEnv ? [path.resolve(fromEnv)] : []),
    path.resolve(/* turbopackIgnore: true */ process.cwd(), 'node_modules/@secure-base/widgets'),
    path.resolve(/* turbopackIgnore: true */ process.cwd(), '../../packages/widgets'),
  ]
}

const readPackageVersion = (dir: string): string => {
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const version = (pkg as { version?: unknown }).version
    return typeof version === 'string' && version ? version : '0.0.0'
  } catch {
    return '0.0.0'
  }
}

/**
 * Only self-contained files are served: the bundle of all widgets, `dist/secure-base-*.js`, and
 * one file per widget, `dist/standalone/<name>.js`, served as `secure-base-<name>.js`, with the
 * UI text they fetch for themselves, `secure-base-widgets.<lang>.json`. The ESM files for bundlers
 * import Lit by bare specifier and would not run from a script tag.
 */
const servableFiles = (dist: string): { file: string; source: string }[] => {
  const own = /^secure-base-[a-z0-9-]+(\.js|\.[a-z]{2,3}\.json)$/
  const top = readdirSync(dist)
    .filter((name) => own.test(name))
    .map((name) => ({ file: name, source: path.join(dist, name) }))
  const standaloneDir = path.join(dist, 'standalone')
  const standalone = existsSync(standaloneDir)
    ? readdirSync(standaloneDir)
        .filter((name) => /^[a-z0-9-]+\.js$/.test(name))
        .map((name) => ({ file: `secure-base-${name}`, source: path.join(standaloneDir, name) }))
        .filter(({ file }) => !top.some((t) => t.file === file))
    : []
  return [...top, ...standalone].sort((a, b) => a.file.localeCompare(b.file))
}

/**
 * The build's compressed copies of one file, each kept only if it decodes to exactly the file's
 * bytes: a stale or damaged copy would otherwise be served under the file's integrity hash.
 */
const readEncoded = (source: string, body: Buffer, etag: string): EncodedBody[] =>
  ENCODINGS.flatMap(({ coding, suffix, decode }) => {
    if (!existsSync(source + suffix)) return []
    const encoded = readFileSync(source + suffix)
    try {
      if (decode(encoded).equals(body))
        return [{ coding, body: new Uint8Array(encoded), etag: etagForCoding(etag, coding) }]
    } catch {
      // Undecodable: treated like a copy that does not match.
    }
    console.warn(
      `Widget file ${source}${suffix} does not match ${path.basename(source)}; it is sent uncompressed instead.`,
    )
    return []
  })

const describe = (
  { file, body, sha256, source }: { file: string; body: Buffer; sha256: string; source: string },
  version: string,
): ServedWidgetFile => {
  const etag = `"${sha256.slice(0, 32)}"`
  return {
    file,
    version,
    path: `${WIDGETS_PATH}/${version}/${file}`,
    contentType: file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8',
    integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
    etag,
    bytes: body.length,
    body,
    encoded: readEncoded(source, body, etag),
  }
}

/** Reads the built widget files once and describes them; the bytes stay in memory so they always match their hash. */
export const loadWidgetFiles = (): ServedWidgetFile[] => {
  const dirs = candidatePackageDirs()
  const dir = dirs.find((d) => existsSync(path.join(d, 'dist', MAIN_WIDGET_FILE)))
  if (!dir) throw new WidgetsNotBuiltError(dirs.map((d) => path.join(d, 'dist')))
  const files = servableFiles(path.join(dir, 'dist')).map(({ file, source }) => {
    const body = readFileSync(source)
    return { file, source, body, sha256: createHash('sha256').update(body).digest('hex') }
  })
  const build = createHash('sha256')
  for (const { file, sha256 } of files) build.update(`${file}\0${sha256}\n`)
  const version = `${readPackageVersion(dir)}-${build.digest('hex').slice(0, 12)}`
  return files.map((entry) => describe(entry, version))
}

let cached: ServedWidgetFile[] | undefined

/** The served widget files, computed on first use and kept for the life of the server. */
export const widgetFiles = (): ServedWidgetFile[] => {
  cached ??= loadWidgetFiles()
  return cached
}

/** What embed snippets need: path, version and integrity of every served file (no bytes). */
export const widgetManifest = (): WidgetFile[] =>
  widgetFiles().map(({ body: _body, encoded: _encoded, ...entry }) => entry)

export const findWidgetFile = (file: string): ServedWidgetFile | undefined =>
  widgetFiles().find((entry) => entry.file === file)
