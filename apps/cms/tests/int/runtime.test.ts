import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chooseDatabase, payloadSecret } from '../../src/lib/runtime'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-runtime-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('database choice', () => {
  it('uses MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(chooseDatabase({ DATABASE_URL: 'mongodb://127.0.0.1:27017/secure-base' }).kind).toBe('mongodb')
    expect(chooseDatabase({ DATABASE_URL: 'mongodb+srv://cluster.example.net/sb' }).kind).toBe('mongodb')
  })

  it('uses SQLite at the given path for file: URLs', () => {
    expect(chooseDatabase({ DATABASE_URL: 'file:/srv/cms.db' })).toEqual({ kind: 'sqlite', url: 'file:/srv/cms.db' })
  })

  it('defaults to a SQLite file in the data directory, separate for development and production', () => {
    const dir = tempDir()
    const dev = chooseDatabase({ SECURE_BASE_DATA_DIR: dir, NODE_ENV: 'development' })
    const prod = chooseDatabase({ SECURE_BASE_DATA_DIR: dir, NODE_ENV: 'production' })
    expect(dev.kind).toBe('sqlite')
    expect(dev.url).toContain(dir)
    expect(prod.url).not.toBe(dev.url)
  })

  it('refuses any other URL with a message naming the accepted schemes', () => {
    expect(() => chooseDatabase({ DATABASE_URL: 'postgres://db/cms' })).toThrow(
      /mongodb:\/\/, mongodb\+srv:\/\/ or file:/,
    )
  })
})

describe('Payload secret', () => {
  it('prefers PAYLOAD_SECRET from the environment', () => {
    expect(payloadSecret({ PAYLOAD_SECRET: 'from-the-environment', SECURE_BASE_DATA_DIR: tempDir() })).toBe(
      'from-the-environment',
    )
  })

  it('otherwise makes a random secret once, keeps it private and reuses it', () => {
    const dir = tempDir()
    const first = payloadSecret({ SECURE_BASE_DATA_DIR: dir })
    const second = payloadSecret({ SECURE_BASE_DATA_DIR: dir })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    const file = path.join(dir, 'payload-secret')
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(payloadSecret({ SECURE_BASE_DATA_DIR: tempDir() })).not.toBe(first)
  })
})
