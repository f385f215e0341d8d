import { beforeAll, describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../helpers/accounts'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')
let tokens: Record<'admin' | 'editor' | 'reviewer', string>

// A one-object PDF with its cross-reference table is enough: the point is who may store it.
const pdf = () => {
  const header = '%PDF-1.4\n'
  const object = '1 0 obj\n<< /Type /Catalog >>\nendobj\n'
  const xref = `xref\n0 2\n0000000000 65535 f \n${String(header.length).padStart(10, '0')} 00000 n \n`
  const trailer = `trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n${header.length + object.length}\n%%EOF\n`
  return new Blob([header + object + xref + trailer], { type: 'application/pdf' })
}

const upload = async (token: string | undefined, name: string) => {
  const form = new FormData()
  form.append('file', pdf(), name)
  form.append('_payload', JSON.stringify({ alt: `A test document called ${name}` }))
  const response = await fetch(`${url}/api/media`, {
    method: 'POST',
    headers: token ? authHeader(token) : {},
    body: form,
  })
  return { status: response.status, body: (await response.json()) as { doc?: { id: number | string; url: string } } }
}

beforeAll(async () => {
  tokens = {
    admin: await login(url, accounts.admin),
    editor: await login(url, accounts.editor),
    reviewer: await login(url, accounts.reviewer),
  }
})

describe('media', () => {
  it('can be uploaded by any signed-in user but not anonymously', async () => {
    expect((await upload(undefined, 'anonymous.pdf')).status).toBe(403)
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const result = await upload(tokens[role], `${role}-guide.pdf`)
      expect(result.status).toBe(201)
      const file = await fetch(new URL(String(result.body.doc?.url), url))
      expect(file.status).toBe(200)
      expect((await file.text()).startsWith('%PDF')).toBe(true)
    }
  })

  it('is readable by anyone, deletable by admins only', async () => {
    const { body } = await upload(tokens.editor, 'to-delete.pdf')
    const id = body.doc?.id
    expect((await fetch(`${url}/api/media/${id}`)).status).toBe(200)
    for (const token of [undefined, tokens.editor, tokens.reviewer]) {
      const refused = await fetch(`${url}/api/media/${id}`, {
        method: 'DELETE',
        headers: token ? authHeader(token) : {},
      })
      expect(refused.status).toBe(403)
    }
    const removed = await fetch(`${url}/api/media/${id}`, { method: 'DELETE', headers: authHeader(tokens.admin) })
    expect(removed.status).toBe(200)
    expect((await fetch(`${url}/api/media/${id}`)).status).toBe(404)
  })

  it('refuses files that are neither images nor PDFs, with a 400', async () => {
    const form = new FormData()
    form.append('file', new Blob(['#!/bin/sh\necho hi\n'], { type: 'application/x-sh' }), 'script.sh')
    const response = await fetch(`${url}/api/media`, { method: 'POST', headers: authHeader(tokens.admin), body: form })
    expect(response.status).toBe(400)
  })

  it('can back a resource instead of an external URL', async () => {
    const { body } = await upload(tokens.admin, 'resource-file.pdf')
    const response = await fetch(`${url}/api/resources?draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeader(tokens.editor) },
      body: JSON.stringify({
        title: 'A guide stored in the CMS',
        slug: 'media-test-guide',
        type: 'guide',
        language: 'en',
        file: body.doc?.id,
        _status: 'draft',
      }),
    })
    expect(response.status).toBe(201)
    const created = (await response.json()) as { doc: { id: number | string } }
    // Only a draft, but removed again so the shared server keeps the seeded content alone.
    await fetch(`${url}/api/resources/${created.doc.id}`, { method: 'DELETE', headers: authHeader(tokens.admin) })
  })
})
