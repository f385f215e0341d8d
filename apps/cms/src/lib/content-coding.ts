import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/**
 * The content codings the CMS sends, best first: brotli makes the smaller file, gzip is the one
 * every client understands. Anything else is sent as it is (the identity).
 */
export const CONTENT_CODINGS = ['br', 'gzip'] as const
export type ContentCoding = (typeof CONTENT_CODINGS)[number]

/** One compressed copy of a body, with the strong ETag of those bytes. */
export interface EncodedBody {
  coding: ContentCoding
  body: Uint8Array<ArrayBuffer>
  etag: string
}

/**
 * The strong ETag of a compressed copy, derived from the identity's: differing bytes need differing
 * strong validators (RFC 9110 §8.8.3), so a cache holding one coding never revalidates another.
 */
export const etagForCoding = (etag: string, coding: ContentCoding): string => `${etag.slice(0, -1)}-${coding}"`

/**
 * The weight of each coding an `Accept-Encoding` header names, lower-cased; a missing or malformed
 * `q` counts as 1.
 */
const weights = (acceptEncoding: string): Map<string, number> => {
  const named = new Map<string, number>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [coding, ...params] = part.split(';').map((p) => p.trim())
    if (!coding) continue
    const q = params.find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    named.set(coding, Number.isFinite(weight) ? weight : 1)
  }
  return named
}

/**
 * Whether a request accepts `coding`: named with a weight above 0, or not named while `*` is
 * (RFC 9110 §12.5.3). `br;q=0` and `*;q=0` refuse.
 */
const accepts = (named: Map<string, number>, coding: ContentCoding): boolean => {
  const weight = named.get(coding) ?? named.get('*')
  return weight !== undefined && weight > 0
}

/**
 * The first of `available` (best first) that the request's `Accept-Encoding` accepts, or undefined
 * to send the body as it is. The server's order decides, not the client's weights: every browser
 * that accepts brotli also accepts gzip and is better off with the smaller file. No header at all
 * gets the identity, which every client can read.
 */
export const chooseEncoding = <T extends { coding: ContentCoding }>(
  acceptEncoding: string | null | undefined,
  available: readonly T[],
): T | undefined => {
  if (!acceptEncoding) return undefined
  const named = weights(acceptEncoding)
  return available.find(({ coding }) => accepts(named, coding))
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Each body is compressed once and sent many times, but the first request after a publish waits
 * for it. On 5–13 KB of JSON, quality 10 takes 5–8 ms and comes within 4% of quality 11's size,
 * which takes three times as long; quality 9 is both slower and larger here.
 */
const BROTLI_QUALITY = 10

const compressors: Record<ContentCoding, (body: Uint8Array) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
  gzip: (body) => gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
}

/**
 * Every coding's copy of `body`, best first, off the main thread; a copy no smaller than the body
 * (a short error message) is left out, and such a body is always sent as it is.
 */
export const compressAll = async (body: Uint8Array, etag: string): Promise<EncodedBody[]> => {
  const copies = await Promise.all(
    CONTENT_CODINGS.map(async (coding) => ({
      coding,
      body: new Uint8Array(await compressors[coding](body)),
      etag: etagForCoding(etag, coding),
    })),
  )
  return copies.filter((copy) => copy.body.byteLength < body.byteLength)
}
