import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { API_PREFIX } from '@secure-base/content'
import { describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../../helpers/accounts'
import { rawRequest, type RawResponse } from '../../helpers/raw-request'

/**
 * Compressed delivery answers from the production server (`dist/server.js`, started once for the
 * run by the shared global setup): once an answer is cached, each request gets the coding its
 * `Accept-Encoding` allows, with its own ETag.
 */
const url = inject('cmsUrl')

const raw = (path: string, headers: Record<string, string>, method?: string) =>
  rawRequest(`${url}${API_PREFIX}${path}`, headers, method)

const decoded = (response: RawResponse): unknown => {
  const coding = response.headers['content-encoding']
  const bytes =
    coding === 'br'
      ? brotliDecompressSync(response.body)
      : coding === 'gzip'
        ? gunzipSync(response.body)
        : response.body
  return JSON.parse(bytes.toString('utf8'))
}

/** The first answer goes through Next (which fills the cache); this makes sure the cache holds it. */
const cached = async (path: string) => {
  expect((await raw(path, { 'accept-encoding': 'identity' })).status).toBe(200)
}

/** What a browser sends, and the coding it should get back. */
const CASES = [
  { acceptEncoding: 'gzip, deflate, br, zstd', coding: 'br' },
  { acceptEncoding: 'gzip', coding: 'gzip' },
  { acceptEncoding: 'identity', coding: undefined },
  { acceptEncoding: 'gzip;q=0', coding: undefined },
  { acceptEncoding: 'br;q=0, gzip;q=0.8', coding: 'gzip' },
  { acceptEncoding: '*', coding: 'br' },
  { acceptEncoding: 'br;q=0, gzip;q=0, *', coding: undefined },
] as const

const PATHS = ['/dimensions', '/cycle?locale=cy', '/checklists/checklist-5-10-years']

describe('cached delivery answers over HTTP', () => {
  it('go out in the best coding the request accepts, each decoding to the same JSON', async () => {
    for (const path of PATHS) {
      await cached(path)
      const plain = await raw(path, {})
      expect(plain.headers['content-encoding']).toBeUndefined()
      const json = decoded(plain)
      const etags = new Set<string>()
      for (const { acceptEncoding, coding } of CASES) {
        const response = await raw(path, { 'accept-encoding': acceptEncoding })
        const what = `${path} with Accept-Encoding: ${acceptEncoding}`
        expect(response.status, what).toBe(200)
        expect(response.headers['content-encoding'], what).toBe(coding)
        expect(response.headers.vary, what).toBe('Origin, Accept-Encoding')
        expect(Number(response.headers['content-length']), what).toBe(response.body.length)
        expect(decoded(response), what).toEqual(json)
        etags.add(`${coding}: ${String(response.headers.etag)}`)
      }
      // One ETag per coding, and the same one whichever header chose that coding.
      expect(new Set([...etags].map((e) => e.split(': ')[1])).size).toBe(3)
      expect(etags.size).toBe(3)
    }
  })

  it('are a fraction of the JSON on the wire', async () => {
    await cached('/dimensions')
    const plain = await raw('/dimensions', { 'accept-encoding': 'identity' })
    const gzip = await raw('/dimensions', { 'accept-encoding': 'gzip' })
    const brotli = await raw('/dimensions', { 'accept-encoding': 'br' })
    expect(plain.body.length).toBeGreaterThan(4_000)
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2.5)
    expect(brotli.body.length).toBeLessThan(gzip.body.length)
  })

  it('answer HEAD with the headers of the GET in the same coding, and no body', async () => {
    await cached('/cycle')
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const get = await raw('/cycle', { 'accept-encoding': acceptEncoding })
      const head = await raw('/cycle', { 'accept-encoding': acceptEncoding }, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.body.length).toBe(0)
      for (const name of ['content-encoding', 'content-length', 'etag', 'vary', 'content-type']) {
        expect(head.headers[name], `${name} for ${acceptEncoding}`).toBe(get.headers[name])
      }
    }
  })

  it('revalidate with 304 for a copy held in any coding, and 200 for an old answer', async () => {
    await cached('/dimensions')
    const etags = new Map<string, string>()
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const first = await raw('/dimensions', { 'accept-encoding': acceptEncoding })
      etags.set(acceptEncoding, String(first.headers.etag))
    }
    for (const [acceptEncoding, etag] of etags) {
      for (const ifNoneMatch of [etag, `W/${etag}`, `"something-else", ${etag}`]) {
        const again = await raw('/dimensions', { 'accept-encoding': acceptEncoding, 'if-none-match': ifNoneMatch })
        expect(again.status, `${acceptEncoding} with If-None-Match: ${ifNoneMatch}`).toBe(304)
        expect(again.body.length).toBe(0)
        expect(again.headers.etag).toBe(etag)
        expect(again.headers.vary).toBe('Origin, Accept-Encoding')
      }
      // A cache holding another coding's copy still holds the same JSON: it is told so, under the tag it holds.
      for (const [otherEncoding, otherEtag] of etags) {
        if (otherEncoding === acceptEncoding) continue
        const other = await raw('/dimensions', { 'accept-encoding': acceptEncoding, 'if-none-match': otherEtag })
        expect(other.status, `${acceptEncoding} revalidating the ${otherEncoding} copy`).toBe(304)
        expect(other.body.length).toBe(0)
        expect(other.headers.etag).toBe(otherEtag)
      }
      const stale = await raw('/dimensions', { 'accept-encoding': acceptEncoding, 'if-none-match': '"an-old-answer"' })
      expect(stale.status).toBe(200)
      expect(stale.headers.etag).toBe(etag)
      expect(Number(stale.headers['content-length'])).toBe(stale.body.length)
    }
  })

  it('change in every coding when a reviewer publishes', async () => {
    const token = await login(url, inject('cmsAccounts').reviewer)
    const found = (await (await fetch(`${url}/api/dimensions?where[slug][equals]=sensitivity&depth=0`)).json()) as {
      docs: { id: number; subtitle: string }[]
    }
    const { id, subtitle } = found.docs[0]!
    const publishSubtitle = async (text: string) => {
      const response = await fetch(`${url}/api/dimensions/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', ...authHeader(token) },
        body: JSON.stringify({ subtitle: text, _status: 'published' }),
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }
    const subtitles = (response: RawResponse) =>
      (decoded(response) as { data: { slug: string; subtitle: string }[] }).data.find((d) => d.slug === 'sensitivity')
        ?.subtitle

    await cached('/dimensions')
    const before = new Map<string, string>()
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const response = await raw('/dimensions', { 'accept-encoding': acceptEncoding })
      expect(subtitles(response)).toBe(subtitle)
      before.set(acceptEncoding, String(response.headers.etag))
    }

    const changed = `${subtitle}, as published ${Date.now()}`
    await publishSubtitle(changed)
    try {
      // Each request twice: the first after a publish is built afresh, the second comes from the cache.
      for (const round of ['rebuilt', 'cached']) {
        for (const [acceptEncoding, oldEtag] of before) {
          const response = await raw('/dimensions', { 'accept-encoding': acceptEncoding, 'if-none-match': oldEtag })
          const what = `${acceptEncoding}, ${round}`
          expect(response.status, what).toBe(200)
          expect(subtitles(response), what).toBe(changed)
          expect(response.headers.etag, what).not.toBe(oldEtag)
          if (round === 'cached')
            expect(response.headers['content-encoding'], what).toBe(
              acceptEncoding === 'identity' ? undefined : acceptEncoding,
            )
        }
      }
    } finally {
      await publishSubtitle(subtitle)
    }
  })
})
