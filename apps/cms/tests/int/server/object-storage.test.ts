import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, startCms, type CmsProcess } from '@secure-base/test-support/cms'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readObjectStorage } from '../../../src/server/settings'
import { authHeader, registerFirstAdmin } from '../../helpers/accounts'

/**
 * Media on object storage: the production server with the S3 settings stores uploads in the bucket
 * (here s3rver, an S3 server in Node, on a folder of the test's own) instead of on its disk, and
 * still serves them at its own media URLs.
 */
const BUCKET = 'secure-base-media'
// s3rver's built-in account; it checks request signatures against it like S3 would.
const KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }

let s3Dir: string
let s3: S3rver
let s3Url: string
let cms: CmsProcess
let token: string

beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(tmpdir(), 'secure-base-s3-'))
  const s3Port = await freePort()
  s3 = new S3rver({
    address: '127.0.0.1',
    port: s3Port,
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: BUCKET }],
  })
  await s3.run()
  s3Url = `http://127.0.0.1:${s3Port}`
  cms = await startCms({
    env: { S3_BUCKET: BUCKET, S3_REGION: 'eu-west-2', S3_ENDPOINT: s3Url, S3_FORCE_PATH_STYLE: 'true', ...KEYS },
  })
  const admin = { email: 'storage-admin@tests.secure-base.local', password: 'a long enough password 3' }
  token = await registerFirstAdmin(cms.url, admin)
})

afterAll(async () => {
  await cms?.stop()
  await s3?.close()
  rmSync(s3Dir, { recursive: true, force: true })
})

describe('media on object storage', () => {
  it('stores an uploaded image in the bucket and serves the same bytes at the CMS media URL', async () => {
    const image = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#2a6f97' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'family-room.png')
    form.append('_payload', JSON.stringify({ alt: 'A family room' }))
    const uploaded = await fetch(`${cms.url}/api/media`, { method: 'POST', headers: authHeader(token), body: form })
    const body = (await uploaded.json()) as { doc?: { filename: string; url: string } }
    expect(uploaded.status, JSON.stringify(body)).toBe(201)
    // The CMS's own media address, as on local disk: links in content do not depend on where files live.
    const mediaUrl = new URL(body.doc!.url, cms.url)
    expect(mediaUrl.origin + mediaUrl.pathname).toBe(`${cms.url}/api/media/file/family-room.png`)

    const served = await fetch(mediaUrl)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)

    // The object is in the bucket, byte for byte, and nowhere on the CMS's disk.
    const objectFile = path.join(s3Dir, BUCKET, 'family-room.png._S3rver_object')
    expect(readFileSync(objectFile).equals(image)).toBe(true)
    expect(existsSync(path.join(cms.dataDir, 'media', 'family-room.png'))).toBe(false)
  })

  it('answers 404 for a media file the bucket does not have', async () => {
    const missing = await fetch(`${cms.url}/api/media/file/never-uploaded.png`)
    expect(missing.status).toBe(404)
  })

  it('refuses to start with only some of the S3 settings, naming what is missing', async () => {
    const failed = startCms({ until: 'listening', env: { S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: 'S3RVER' } })
    await expect(failed).rejects.toThrow(/exited \(1\)[\s\S]*S3_REGION and S3_SECRET_ACCESS_KEY must be set too/)
  })
})

describe('object storage settings', () => {
  it('keep media on the local disk when no S3 variable is set', () => {
    expect(readObjectStorage({})).toBeUndefined()
    expect(readObjectStorage({ S3_BUCKET: ' ', PORT: '3000' })).toBeUndefined()
  })

  it('read a bucket, its region, endpoint, keys and addressing style', () => {
    expect(
      readObjectStorage({
        S3_BUCKET: 'b',
        S3_REGION: 'r',
        S3_ENDPOINT: 'https://s3.example.org',
        S3_FORCE_PATH_STYLE: 'TRUE',
        ...KEYS,
      }),
    ).toEqual({
      bucket: 'b',
      region: 'r',
      endpoint: 'https://s3.example.org',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
    })
    // Without keys the AWS SDK finds credentials itself (an instance role, a profile).
    expect(readObjectStorage({ S3_BUCKET: 'b', S3_REGION: 'r' })).toEqual({
      bucket: 'b',
      region: 'r',
      forcePathStyle: false,
    })
  })

  it('refuse half a configuration with a message that names the missing and the wrong variables', () => {
    expect(() => readObjectStorage({ S3_ENDPOINT: 'https://s3.example.org' })).toThrow(
      /S3_BUCKET and S3_REGION must be set too \(set: S3_ENDPOINT\)/,
    )
    expect(() => readObjectStorage({ S3_BUCKET: 'b', S3_REGION: 'r', S3_SECRET_ACCESS_KEY: 'x' })).toThrow(
      /S3_ACCESS_KEY_ID must be set too/,
    )
    expect(() => readObjectStorage({ S3_BUCKET: 'b', S3_REGION: 'r', S3_ENDPOINT: 's3.example.org' })).toThrow(
      /S3_ENDPOINT must be an http\(s\) address/,
    )
    expect(() => readObjectStorage({ S3_BUCKET: 'b', S3_REGION: 'r', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE must be true or false/,
    )
  })
})
