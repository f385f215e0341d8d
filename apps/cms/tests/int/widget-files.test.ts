import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadWidgetFiles } from '../../src/widget-files/manifest'

/** A widgets package as its build leaves it, in a folder of its own. */
let dir: string
const write = (file: string, body: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), body)
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secure-base-widgets-'))
  process.env.SECURE_BASE_WIDGETS_DIR = dir
  write('package.json', JSON.stringify({ name: '@secure-base/widgets', version: '2.1.0' }))
  write('dist/secure-base-widgets.js', 'export const all = 4')
  write('dist/secure-base-widgets.cy.json', '["Cymraeg"]')
  write('dist/standalone/checklist.js', 'export const one = 1')
  write('dist/standalone/secure-base-widgets.cy.json', '["Cymraeg"]')
  write('dist/index.js', "import 'lit'")
  write('dist/define/all.js', "import 'lit'")
})

afterEach(() => {
  delete process.env.SECURE_BASE_WIDGETS_DIR
  rmSync(dir, { recursive: true, force: true })
})

describe('the widget files the CMS serves', () => {
  it('are the self-contained scripts and their Welsh UI text, all under the version of one build', () => {
    const files = loadWidgetFiles()
    expect(files.map((f) => f.file)).toEqual([
      'secure-base-checklist.js',
      'secure-base-widgets.cy.json',
      'secure-base-widgets.js',
    ])
    const [version] = new Set(files.map((f) => f.version))
    expect(files.every((f) => f.version === version)).toBe(true)
    expect(version).toMatch(/^2\.1\.0-[0-9a-f]{12}$/)
    expect(files.map((f) => f.path)).toContain(`/widgets/${version}/secure-base-widgets.cy.json`)
    expect(files.find((f) => f.file.endsWith('.json'))!.contentType).toMatch(/^application\/json/)
    expect(files.find((f) => f.file === 'secure-base-widgets.js')!.contentType).toMatch(/^text\/javascript/)
  })

  it('move every file to a new version when any one of them changes', () => {
    const before = loadWidgetFiles()
    write('dist/secure-base-widgets.cy.json', '["Cymraeg, wedi newid"]')
    const after = loadWidgetFiles()
    const bundle = (files: typeof before) => files.find((f) => f.file === 'secure-base-widgets.js')!
    expect(bundle(after).version).not.toBe(bundle(before).version)
    // The bundle's own bytes, and so its integrity hash, did not change.
    expect(bundle(after).integrity).toBe(bundle(before).integrity)
    expect(new Set(after.map((f) => f.version)).size).toBe(1)
  })

  it('carry the compressed copies the build wrote, except one that does not decode to the file', () => {
    write('dist/secure-base-widgets.js.gz', gzipSync('export const all = 4'))
    write('dist/secure-base-widgets.js.br', brotliCompressSync('export const all = 5'))
    const warnings: string[] = []
    const warn = console.warn
    console.warn = (message: string) => warnings.push(message)
    try {
      const bundle = loadWidgetFiles().find((f) => f.file === 'secure-base-widgets.js')!
      expect(bundle.encoded.map((e) => e.coding)).toEqual(['gzip'])
      expect(bundle.encoded[0]!.etag).not.toBe(bundle.etag)
      expect(warnings.join('\n')).toMatch(/secure-base-widgets\.js\.br does not match/)
    } finally {
      console.warn = warn
    }
  })
})
