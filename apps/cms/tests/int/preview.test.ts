import { describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../helpers/accounts'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')

const checklistId = async (token: string, slug: string): Promise<string | number> => {
  const response = await fetch(`${url}/api/checklists?where[slug][equals]=${slug}&depth=0&draft=true`, { headers: authHeader(token) })
  const { docs } = (await response.json()) as { docs: { id: string | number }[] }
  return docs[0]!.id
}

const inlineChecklist = (html: string): { title: string; version: string; sections: unknown[] } => {
  const match = /<secure-base-checklist[^>]*><script type="application\/json">([\s\S]*?)<\/script>/.exec(html)
  if (!match) throw new Error(`No inline checklist in the preview page:\n${html.slice(0, 500)}`)
  return JSON.parse(match[1]!)
}

describe('the draft preview page', () => {
  it('refuses anyone who is not signed in, for the page and for the data endpoint', async () => {
    const page = await fetch(`${url}/preview/checklists/checklist-5-10-years`)
    expect(page.status).toBe(401)
    expect(await page.text()).toMatch(/Sign in/)
    const data = await fetch(`${url}/preview/api/checklist`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', doc: { title: 'x' } }),
    })
    expect(data.status).toBe(401)
    expect(((await data.json()) as { error: { message: string } }).error.message).toMatch(/Sign in/)
  })

  it('shows an editor the saved draft, which the public delivery API does not serve, under a CSP without inline scripts', async () => {
    const token = await login(url, accounts.editor)
    const id = await checklistId(token, 'checklist-5-10-years')
    const draftTitle = `Draft checklist title ${Date.now()}`
    const saved = await fetch(`${url}/api/checklists/${id}?draft=true&locale=en`, {
      method: 'PATCH',
      headers: { ...authHeader(token), 'content-type': 'application/json' },
      body: JSON.stringify({ title: draftTitle }),
    })
    expect(saved.status).toBe(200)

    const page = await fetch(`${url}/preview/checklists/checklist-5-10-years?locale=en`, { headers: authHeader(token) })
    expect(page.status).toBe(200)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(page.headers.get('cache-control')).toContain('no-store')
    const html = await page.text()
    const shown = inlineChecklist(html)
    expect(shown.title).toBe(draftTitle)
    expect(shown.sections.length).toBeGreaterThan(0)
    // Every executable script is a file: the only inline script is the JSON the widget reads.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!)
    expect(scripts.filter((attrs) => !/src="/.test(attrs) && !/type="application\/json"/.test(attrs))).toEqual([])
    const bundle = /<script type="module" src="(\/widgets\/[^"]+)" integrity="(sha384-[^"]+)"/.exec(html)
    expect(bundle).not.toBeNull()
    expect((await fetch(`${url}${bundle![1]}`)).status).toBe(200)
    const client = await fetch(`${url}/preview/client.js`)
    expect(client.headers.get('content-type')).toMatch(/javascript/)
    expect(await client.text()).toContain('payload-live-preview')

    const published = await fetch(`${url}/api/widget/v1/checklists/checklist-5-10-years?locale=en`)
    expect(((await published.json()) as { data: { title: string } }).data.title).not.toBe(draftTitle)
  })

  it('turns unsaved form values into the widget’s shape, and answers bad input with a 400 message', async () => {
    const token = await login(url, accounts.editor)
    const post = (body: string) =>
      fetch(`${url}/preview/api/checklist`, { method: 'POST', headers: { ...authHeader(token), 'content-type': 'application/json' }, body })
    const current = (await (
      await fetch(`${url}/api/checklists/${await checklistId(token, 'checklist-5-10-years')}?draft=true&depth=0&locale=en`, { headers: authHeader(token) })
    ).json()) as Record<string, unknown>
    const typed = await post(JSON.stringify({ locale: 'en', doc: { ...current, title: 'Typed but not saved' } }))
    expect(typed.status).toBe(200)
    const { data } = (await typed.json()) as { data: { title: string; sections: { items: unknown[] }[] } }
    expect(data.title).toBe('Typed but not saved')
    expect(data.sections[0]!.items.length).toBeGreaterThan(0)

    for (const [body, message] of [
      ['{not json', /as JSON/],
      [JSON.stringify({ locale: 'en', doc: [] }), /"doc" object/],
      [JSON.stringify({ locale: 'fr', doc: current }), /"fr" is not a language/],
      [JSON.stringify({ locale: 'en', doc: { ...current, title: '' } }), /cannot be shown yet: title/],
    ] as const) {
      const response = await post(body)
      expect(response.status, body.slice(0, 40)).toBe(400)
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message)
    }
  })
})

describe('the draft preview of a dimension', () => {
  it('shows the dimensions widget opened at the draft, with the draft’s unsaved wording among the published ones', async () => {
    expect((await fetch(`${url}/preview/dimensions/sensitivity`)).status).toBe(401)
    const token = await login(url, accounts.editor)
    const page = await fetch(`${url}/preview/dimensions/sensitivity?locale=en`, { headers: authHeader(token) })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toMatch(/<secure-base-dimensions data-preview-widget lang="en" selected="sensitivity">/)

    const found = await fetch(`${url}/api/dimensions?where[slug][equals]=sensitivity&draft=true&depth=0&locale=en`, { headers: authHeader(token) })
    const current = ((await found.json()) as { docs: Record<string, unknown>[] }).docs[0]!
    const typed = await fetch(`${url}/preview/api/dimensions`, {
      method: 'POST',
      headers: { ...authHeader(token), 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', doc: { ...current, name: 'Sensitivity, reworded' } }),
    })
    expect(typed.status).toBe(200)
    const { data } = (await typed.json()) as { data: { slug: string; name: string }[] }
    expect(data.map((d) => d.slug)).toEqual(['availability', 'sensitivity', 'acceptance', 'co-operation', 'family-membership'])
    expect(data[1]!.name).toBe('Sensitivity, reworded')

    const renamed = await fetch(`${url}/preview/api/dimensions`, {
      method: 'POST',
      headers: { ...authHeader(token), 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', doc: { ...current, slug: 'kindness' } }),
    })
    expect(renamed.status).toBe(400)
    expect(((await renamed.json()) as { error: { message: string } }).error.message).toMatch(/one of the five dimensions/)
  })
})
