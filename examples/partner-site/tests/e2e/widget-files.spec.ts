import { createHash } from 'node:crypto'
import { expect, test } from './support/stack.ts'

interface ManifestEntry {
  file: string
  version: string
  path: string
  integrity: string
}

test.describe('the CMS serves the widget files', () => {
  test('at a versioned, immutable, public address whose integrity hash matches the bytes', async ({
    stack,
    request,
  }) => {
    const manifestResponse = await request.get(`${stack.cms.url}/widgets/manifest.json`)
    expect(manifestResponse.status()).toBe(200)
    const { files } = (await manifestResponse.json()) as { files: ManifestEntry[] }
    const bundle = files.find((f) => f.file === 'secure-base-widgets.js')
    expect(bundle, 'the manifest lists the self-contained bundle').toBeDefined()
    expect(bundle!.path).toBe(`/widgets/${bundle!.version}/secure-base-widgets.js`)

    const response = await request.get(`${stack.cms.url}${bundle!.path}`, {
      headers: { origin: 'https://anywhere.example' },
    })
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers['content-type']).toMatch(/^text\/javascript/)
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(headers['access-control-allow-origin']).toBe('*')
    expect(headers['cross-origin-resource-policy']).toBe('cross-origin')
    expect(headers.etag).toBeTruthy()

    const body = await response.body()
    const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`
    expect(bundle!.integrity).toBe(integrity)
    // One build, one version: the bundle finds the files it fetches for itself beside it.
    expect(new Set(files.map((f) => f.version))).toEqual(new Set([bundle!.version]))

    const welsh = files.find((f) => f.file === 'secure-base-widgets.cy.json')
    expect(welsh, 'the manifest lists the Welsh UI text the bundle fetches').toBeDefined()
    const welshResponse = await request.get(`${stack.cms.url}${welsh!.path}`, {
      headers: { origin: 'https://anywhere.example' },
    })
    expect(welshResponse.status()).toBe(200)
    expect(welshResponse.headers()['content-type']).toMatch(/^application\/json/)
    expect(welshResponse.headers()['access-control-allow-origin']).toBe('*')
    expect(welsh!.integrity).toBe(
      `sha384-${createHash('sha384')
        .update(await welshResponse.body())
        .digest('base64')}`,
    )

    const revalidated = await request.get(`${stack.cms.url}${bundle!.path}`, {
      headers: { 'if-none-match': headers.etag! },
    })
    expect(revalidated.status()).toBe(304)
  })

  test('refuses versions it does not serve and redirects latest to the current one', async ({ stack, request }) => {
    const { files } = (await (await request.get(`${stack.cms.url}/widgets/manifest.json`)).json()) as {
      files: ManifestEntry[]
    }
    const bundle = files.find((f) => f.file === 'secure-base-widgets.js')!

    const old = await request.get(`${stack.cms.url}/widgets/0.0.1-000000000000/secure-base-widgets.js`)
    expect(old.status()).toBe(404)
    const error = (await old.json()) as { error: { message: string } }
    expect(error.error.message).toContain(bundle.path)

    const unknownFile = await request.get(`${stack.cms.url}/widgets/${bundle.version}/not-a-widget.js`)
    expect(unknownFile.status()).toBe(404)

    const latest = await request.get(`${stack.cms.url}/widgets/latest/secure-base-widgets.js`, { maxRedirects: 0 })
    expect(latest.status()).toBe(302)
    expect(latest.headers().location).toBe(bundle.path)
    expect(latest.headers()['cache-control']).not.toContain('immutable')
  })
})
