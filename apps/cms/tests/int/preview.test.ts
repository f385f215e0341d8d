import { CaregivingCycle, DimensionsResponse, Meta, validate } from '@secure-base/content'
import { describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../helpers/accounts'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')

const checklistId = async (token: string, slug: string): Promise<string | number> => {
  const response = await fetch(`${url}/api/checklists?where[slug][equals]=${slug}&depth=0&draft=true`, {
    headers: authHeader(token),
  })
  const { docs } = (await response.json()) as { docs: { id: string | number }[] }
  return docs[0]!.id
}

/** The widget's inline content: the delivery API's envelope, so Welsh gaps are marked as they will be once published. */
const inlineEnvelope = <T>(html: string, tag: string): { meta: Meta; data: T } => {
  const match = new RegExp(`<${tag}[^>]*><script type="application/json">([\\s\\S]*?)</script>`).exec(html)
  if (!match) throw new Error(`No inline ${tag} content in the preview page:\n${html.slice(0, 500)}`)
  const envelope = JSON.parse(match[1]!) as { meta: Meta; data: T }
  expect(validate(Meta, envelope.meta).ok).toBe(true)
  return envelope
}

const inlineChecklist = (html: string) =>
  inlineEnvelope<{ title: string; version: string; sections: unknown[] }>(html, 'secure-base-checklist').data

/** Without a signed-in user, the preview page and its data endpoint both answer 401 and say to sign in. */
const expectSignInRequired = async (pagePath: string, dataPath: string) => {
  const page = await fetch(`${url}${pagePath}`)
  expect(page.status).toBe(401)
  expect(await page.text()).toMatch(/Sign in/)
  const data = await fetch(`${url}${dataPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'en', doc: { title: 'x' } }),
  })
  expect(data.status).toBe(401)
  expect(((await data.json()) as { error: { message: string } }).error.message).toMatch(/Sign in/)
}

describe('the draft preview page', () => {
  it('refuses anyone who is not signed in, for the page and for the data endpoint', async () => {
    await expectSignInRequired('/preview/checklists/checklist-5-10-years', '/preview/api/checklist')
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
      fetch(`${url}/preview/api/checklist`, {
        method: 'POST',
        headers: { ...authHeader(token), 'content-type': 'application/json' },
        body,
      })
    const current = (await (
      await fetch(
        `${url}/api/checklists/${await checklistId(token, 'checklist-5-10-years')}?draft=true&depth=0&locale=en`,
        { headers: authHeader(token) },
      )
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

    const found = await fetch(`${url}/api/dimensions?where[slug][equals]=sensitivity&draft=true&depth=0&locale=en`, {
      headers: authHeader(token),
    })
    const current = ((await found.json()) as { docs: Record<string, unknown>[] }).docs[0]!
    const typed = await fetch(`${url}/preview/api/dimensions`, {
      method: 'POST',
      headers: { ...authHeader(token), 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', doc: { ...current, name: 'Sensitivity, reworded' } }),
    })
    expect(typed.status).toBe(200)
    const { data } = (await typed.json()) as { data: { slug: string; name: string }[] }
    expect(data.map((d) => d.slug)).toEqual([
      'availability',
      'sensitivity',
      'acceptance',
      'co-operation',
      'family-membership',
    ])
    expect(data[1]!.name).toBe('Sensitivity, reworded')

    const renamed = await fetch(`${url}/preview/api/dimensions`, {
      method: 'POST',
      headers: { ...authHeader(token), 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', doc: { ...current, slug: 'kindness' } }),
    })
    expect(renamed.status).toBe(400)
    expect(((await renamed.json()) as { error: { message: string } }).error.message).toMatch(
      /one of the five dimensions/,
    )
  })

  it('in Welsh, marks the text the draft still lacks as English, the way the delivery API will once it is published', async () => {
    const token = await login(url, accounts.editor)
    const found = await fetch(
      `${url}/api/dimensions?where[slug][equals]=availability&draft=true&depth=0&locale=cy&fallback-locale=none`,
      {
        headers: authHeader(token),
      },
    )
    const welsh = ((await found.json()) as { docs: Record<string, unknown>[] }).docs[0]!
    const typed = await fetch(`${url}/preview/api/dimensions`, {
      method: 'POST',
      headers: { ...authHeader(token), 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'cy', doc: { ...welsh, caregiverFocus: null } }),
    })
    expect(typed.status).toBe(200)
    const body = validate(DimensionsResponse, await typed.json())
    expect(body.ok).toBe(true)
    if (!body.ok) return
    const at = body.value.data.findIndex((d) => d.slug === 'availability')
    expect(body.value.meta.locale).toBe('cy')
    expect(body.value.meta.fallbacks).toContain(`/${at}/caregiverFocus`)
    expect(body.value.meta.fallbacks).not.toContain(`/${at}/name`)
    expect(body.value.data[at]!.caregiverFocus).toMatch(/\w/)
  })
})

type CycleDoc = Record<string, unknown> & {
  stages: { id: string; key: string; label: string; actor: string; explanation?: string | null }[]
  dimensionSteps: { id: string; dimension: unknown; steps: { id: string; stage: string; text: string }[] }[]
}

const inlineCycle = (html: string): CaregivingCycle => inlineEnvelope<CaregivingCycle>(html, 'secure-base-cycle').data

describe('the draft preview of the caregiving cycle', () => {
  const savedCycle = async (token: string, locale: 'en' | 'cy'): Promise<CycleDoc> => {
    const response = await fetch(
      `${url}/api/globals/caregiving-cycle?draft=true&depth=0&locale=${locale}&fallback-locale=none`,
      { headers: authHeader(token) },
    )
    expect(response.status).toBe(200)
    return (await response.json()) as CycleDoc
  }
  const saveDraft = async (token: string, changes: Partial<CycleDoc>) => {
    const response = await fetch(`${url}/api/globals/caregiving-cycle?draft=true&locale=en`, {
      method: 'POST',
      headers: { ...authHeader(token), 'content-type': 'application/json' },
      body: JSON.stringify({ ...changes, _status: 'draft' }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
  }
  const publicCycle = async (locale: 'en' | 'cy'): Promise<CaregivingCycle> =>
    ((await (await fetch(`${url}/api/widget/v1/cycle?locale=${locale}`)).json()) as { data: CaregivingCycle }).data

  it('is for signed-in staff only, the page and the data endpoint alike', async () => {
    await expectSignInRequired('/preview/cycle?locale=en', '/preview/api/cycle')
  })

  it('shows the saved draft of the cycle, which the public delivery API does not serve, in the cycle widget', async () => {
    const token = await login(url, accounts.editor)
    const current = await savedCycle(token, 'en')
    const label = `Drafted stage label ${Date.now()}`
    await saveDraft(token, { stages: current.stages.map((s, i) => (i === 0 ? { ...s, label } : s)) })

    const page = await fetch(`${url}/preview/cycle?locale=en`, { headers: authHeader(token) })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline')
    expect(page.headers.get('cache-control')).toContain('no-store')
    const html = await page.text()
    expect(html).toContain('data-preview-endpoint="/preview/api/cycle"')
    expect(html).toMatch(/<secure-base-cycle data-preview-widget lang="en">/)
    const shown = inlineCycle(html)
    expect(validate(CaregivingCycle, shown).ok).toBe(true)
    expect(shown.stages[0]!.label).toBe(label)
    expect(shown.dimensions.length).toBeGreaterThan(0)
    expect((await publicCycle('en')).stages[0]!.label).not.toBe(label)

    // In Welsh the stage keeps its Welsh label; the page says Welsh to the widget.
    const welsh = await fetch(`${url}/preview/cycle?locale=cy`, { headers: authHeader(token) })
    const welshHtml = await welsh.text()
    expect(welshHtml).toMatch(/<secure-base-cycle data-preview-widget lang="cy">/)
    expect(inlineCycle(welshHtml).stages.map((s) => s.label)).toEqual(
      (await publicCycle('cy')).stages.map((s) => s.label),
    )
  })

  it('turns unsaved form values into the contract’s cycle, with Welsh gaps filled from the saved English draft', async () => {
    const token = await login(url, accounts.editor)
    const post = (body: unknown) =>
      fetch(`${url}/preview/api/cycle`, {
        method: 'POST',
        headers: { ...authHeader(token), 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })
    const current = await savedCycle(token, 'en')
    const typed = await post({
      locale: 'en',
      doc: { ...current, stages: current.stages.map((s, i) => (i === 1 ? { ...s, label: 'Typed, not saved' } : s)) },
    })
    expect(typed.status).toBe(200)
    const { data } = (await typed.json()) as { data: CaregivingCycle }
    expect(validate(CaregivingCycle, data).ok).toBe(true)
    expect(data.stages.map((s) => s.label)[1]).toBe('Typed, not saved')
    expect(data.stages.map((s) => s.order)).toEqual(current.stages.map((_, i) => i + 1))
    expect(data.dimensions.map((d) => d.dimension.slug)).toContain('availability')

    const explanation = `A reworded explanation, saved in English only ${Date.now()}`
    await saveDraft(token, { stages: current.stages.map((s, i) => (i === 2 ? { ...s, explanation } : s)) })
    // A Welsh form whose explanation for that stage is empty: the widget would show the English instead.
    const welshForm = await savedCycle(token, 'cy')
    const untranslated = {
      ...welshForm,
      stages: welshForm.stages.map((s, i) => (i === 2 ? { ...s, explanation: '' } : s)),
    }
    const inWelsh = await post({ locale: 'cy', doc: untranslated })
    expect(inWelsh.status).toBe(200)
    const welsh = ((await inWelsh.json()) as { data: CaregivingCycle }).data
    expect(welsh.stages[2]!.label).toBe('Ymddygiad y gofalwr')
    expect(welsh.stages[2]!.explanation).toBe(explanation)

    const [first, second] = current.stages
    const steps = current.dimensionSteps
    for (const [body, message] of [
      ['{not json', /as JSON/],
      [{ locale: 'fr', doc: current }, /"fr" is not a language/],
      [
        { locale: 'en', doc: { ...current, stages: [first] } },
        /cannot be shown yet: the cycle needs at least two stages/,
      ],
      [
        { locale: 'en', doc: { ...current, stages: [first, { ...second, key: first!.key }] } },
        /two stages have the key "child-needs"/,
      ],
      [
        {
          locale: 'en',
          doc: {
            ...current,
            dimensionSteps: [{ ...steps[0]!, steps: [{ ...steps[0]!.steps[0]!, stage: 'nowhere' }] }],
          },
        },
        /step 1 of “Availability” points at the stage "nowhere", which this cycle does not have/,
      ],
      [
        {
          locale: 'en',
          doc: { ...current, stages: current.stages.map((s, i) => (i === 0 ? { ...s, label: '' } : s)) },
        },
        /cannot be shown yet: stages\.0\.label/,
      ],
    ] as const) {
      const response = await post(body)
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400)
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message)
    }
  })
})
