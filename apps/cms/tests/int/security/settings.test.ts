import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import {
  adminOrigins,
  createPrivateSqliteFile,
  ownOrigins,
  servesHttps,
  trustedProxyHops,
} from '../../../src/lib/runtime'
import { clientAddress } from '../../../src/security/client-address'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the origins that may use the login cookie', () => {
  it('are SERVER_URL’s origin, normalised, when it is set', () => {
    expect(ownOrigins({ SERVER_URL: 'HTTPS://CMS.Example.org:443/admin' })).toEqual(['https://cms.example.org'])
    expect(servesHttps({ SERVER_URL: 'https://cms.example.org' })).toBe(true)
  })

  it('are the listening address without SERVER_URL, every loopback name for a loopback address', () => {
    expect(ownOrigins({ HOST: '127.0.0.1', PORT: '3123' })).toEqual([
      'http://localhost:3123',
      'http://127.0.0.1:3123',
      'http://[::1]:3123',
    ])
    expect(ownOrigins({ HOST: 'cms.internal', PORT: '8080' })).toEqual(['http://cms.internal:8080'])
    expect(ownOrigins({})).toContain('http://localhost:3000')
    expect(servesHttps({})).toBe(false)
  })

  it('add SECURE_BASE_ADMIN_ORIGINS, normalised, and refuse entries that are not origins', () => {
    expect(
      adminOrigins({
        SERVER_URL: 'https://cms.example.org',
        SECURE_BASE_ADMIN_ORIGINS: ' HTTPS://Admin.Example.org/ ,http://10.0.0.5:8080',
      }),
    ).toEqual(['https://cms.example.org', 'https://admin.example.org', 'http://10.0.0.5:8080'])
    expect(() => adminOrigins({ SECURE_BASE_ADMIN_ORIGINS: 'admin.example.org' })).toThrow(/SECURE_BASE_ADMIN_ORIGINS/)
    expect(() => ownOrigins({ SERVER_URL: 'cms.example.org' })).toThrow(/SERVER_URL/)
  })
})

describe('the client address', () => {
  const withForwardedFor = (value: string) => new Headers({ 'X-Forwarded-For': value })

  it('is the connection’s address as Next.js records it when no proxy is trusted', () => {
    expect(clientAddress(withForwardedFor('192.0.2.10'), 0)).toBe('192.0.2.10')
    expect(clientAddress(new Headers(), 0)).toBe('unknown')
  })

  it('behind trusted proxies is the entry the nearest proxies vouch for, not what the client wrote', () => {
    const headers = withForwardedFor('203.0.113.1, 192.0.2.10, 10.0.0.2')
    expect(clientAddress(headers, trustedProxyHops({ SECURE_BASE_TRUSTED_PROXY_HOPS: '1' }))).toBe('10.0.0.2')
    expect(clientAddress(headers, trustedProxyHops({ SECURE_BASE_TRUSTED_PROXY_HOPS: '2' }))).toBe('192.0.2.10')
    expect(trustedProxyHops({})).toBe(0)
    expect(() => trustedProxyHops({ SECURE_BASE_TRUSTED_PROXY_HOPS: 'yes' })).toThrow(/SECURE_BASE_TRUSTED_PROXY_HOPS/)
  })
})

describe('a database file the CMS creates at a DATABASE_URL', () => {
  it('is created empty and readable by its owner only; an existing file is left alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-file-'))
    dirs.push(dir)
    const file = path.join(dir, 'cms.db')
    createPrivateSqliteFile(pathToFileURL(file).href)
    expect(statSync(file).size).toBe(0)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    createPrivateSqliteFile(`file:${file}`)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })
})
