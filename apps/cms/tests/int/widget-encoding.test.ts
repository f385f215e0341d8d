import { createHash } from 'node:crypto'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import { mainBundle, type ManifestBody } from '../../src/embed/snippet'
import { rawRequest } from '../helpers/raw-request'

const url = inject('cmsUrl')

const sha384 = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`

const bundle = async () => {
  const manifest = (await (await fetch(`${url}/widgets/manifest.json`)).json()) as ManifestBody
  const script = mainBundle(manifest)
  if (!script) throw new Error('The manifest lists no secure-base-widgets.js')
  return { ...script, address: `${url}${script.path}` }
}

describe('widget files over HTTP', () => {
  it('go out compressed as the browser asks (brotli first, then gzip), decoding to the bytes the integrity hash names', async () => {
    const { address, integrity } = await bundle()
    const plain = await rawRequest(address, { 'accept-encoding': 'identity' })
    const brotli = await rawRequest(address, { 'accept-encoding': 'gzip, deflate, br' })
    const gzip = await rawRequest(address, { 'accept-encoding': 'gzip' })
    const noBrotli = await rawRequest(address, { 'accept-encoding': 'br;q=0, gzip;q=0.8' })

    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(sha384(plain.body)).toBe(integrity)
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    expect(noBrotli.headers['content-encoding']).toBe('gzip')
    for (const response of [plain, brotli, gzip]) {
      expect(response.status).toBe(200)
      expect(response.headers.vary).toMatch(/accept-encoding/i)
      expect(Number(response.headers['content-length'])).toBe(response.body.length)
    }
    // What a visitor's browser downloads is the compressed copy, a third of the script or less.
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2.5)
    expect(brotli.body.length).toBeLessThan(gzip.body.length)
  })

  it('answer a revalidation with 304 only for the copy the cache holds', async () => {
    const { address } = await bundle()
    const gzip = await rawRequest(address, { 'accept-encoding': 'gzip' })
    const etag = String(gzip.headers.etag)
    expect((await rawRequest(address, { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(304)
    const plain = await rawRequest(address, { 'accept-encoding': 'identity', 'if-none-match': etag })
    expect(plain.status).toBe(200)
    expect(plain.headers.etag).not.toBe(etag)
  })
})
