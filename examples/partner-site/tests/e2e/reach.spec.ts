import type { APIRequestContext } from '@playwright/test'
import { randomBytes } from 'node:crypto'
import { AGENCY_SLUG, CHECKLIST_SLUG, allowOrigin, expect, test } from './support/stack.ts'
import { login, type Doc, type DocList } from '@secure-base/test-support/rest'

const REACH = '/api/widget/v1/reach'

const report = (request: APIRequestContext, cms: string, origin: string, body: string, type = 'text/plain') =>
  request.post(`${cms}${REACH}`, { headers: { origin, 'content-type': type }, data: body })

const todayRow = async (list: DocList) =>
  list.docs.find((d) => d.checklist === CHECKLIST_SLUG && d.day === new Date().toISOString().slice(0, 10))

test.describe('aggregate reach counts', () => {
  test('a visit on the agency page is counted per checklist and day, and only its own staff see it', async ({
    stack,
    page,
    request,
  }) => {
    const before = await todayRow(await stack.admin.get<DocList>(`/api/reach-counts?depth=0&limit=100`))

    // From the partner page itself, as the checklist widget sends them: a text/plain POST (no preflight) under its CSP.
    await page.goto(stack.partner.url)
    const statuses = await page.evaluate(
      async ({ cms, slug }) => {
        const send = (event: string) =>
          fetch(`${cms}/api/widget/v1/reach`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: JSON.stringify({ checklist: slug, event }),
            credentials: 'omit',
          }).then((r) => r.status)
        return [await send('started'), await send('started'), await send('completed')]
      },
      { cms: stack.cms.url, slug: CHECKLIST_SLUG },
    )
    expect(statuses).toEqual([204, 204, 204])

    const row = await todayRow(await stack.admin.get<DocList>(`/api/reach-counts?depth=0&limit=100`))
    expect(row).toBeDefined()
    expect(Number(row!.started)).toBe(Number(before?.started ?? 0) + 2)
    expect(Number(row!.completed)).toBe(Number(before?.completed ?? 0) + 1)
    // Counts and nothing else: no answers, notes, addresses or visitor identifiers.
    expect(Object.keys(row!).sort()).toEqual([
      'agency',
      'checklist',
      'completed',
      'createdAt',
      'day',
      'id',
      'started',
      'updatedAt',
    ])

    const agencies = await stack.admin.get<DocList>(`/api/agencies?where[slug][equals]=${AGENCY_SLUG}&depth=0`)
    const harbour = agencies.docs[0]!
    const other = await stack.admin.post<{ doc: Doc }>('/api/agencies', {
      name: 'Second Tide Adoption',
      slug: `second-tide-${randomBytes(3).toString('hex')}`,
      allowedOrigins: [{ origin: 'http://127.0.0.1:4353' }],
      analyticsOptIn: false,
    })
    const staff = async (agency: string | number) => {
      const email = `staff-${randomBytes(4).toString('hex')}@agency.example`
      const password = randomBytes(12).toString('base64url')
      await stack.admin.post('/api/users', { email, password, role: 'editor', agency })
      return { email, password, rest: await login(stack.cms.url, email, password) }
    }
    const harbourStaff = await staff(harbour.id)
    const own = await harbourStaff.rest.get<DocList>('/api/reach-counts?depth=0&limit=100')
    expect(own.docs.map((d) => d.id)).toContain(row!.id)
    const otherStaff = await staff(other.doc.id)
    const others = await otherStaff.rest.get<DocList>('/api/reach-counts?depth=0&limit=100')
    expect(others.docs).toEqual([])

    // In the admin: the agency's own staff see the day's row; another agency's staff see none.
    const openAdminList = async (email: string, password: string) => {
      await page.context().clearCookies()
      const signedIn = await page.request.post(`${stack.cms.url}/api/users/login`, { data: { email, password } })
      expect(signedIn.ok()).toBe(true)
      await page.goto(`${stack.cms.url}/admin/collections/reach-counts`)
      await expect(page.getByRole('heading', { name: 'Reach counts' })).toBeVisible()
    }
    const dayRow = page.getByRole('row', {
      name: new RegExp(`Harbour Lights Fostering ${CHECKLIST_SLUG} ${row!.started} ${row!.completed}`),
    })
    await openAdminList(harbourStaff.email, harbourStaff.password)
    await expect(dayRow).toBeVisible()
    await openAdminList(otherStaff.email, otherStaff.password)
    await expect(page.getByRole('heading', { name: 'No Results.' })).toBeVisible()
    await expect(page.getByRole('cell', { name: CHECKLIST_SLUG })).toHaveCount(0)

    // An agency that has not opted in is not counted.
    const refused = await report(
      request,
      stack.cms.url,
      'http://127.0.0.1:4353',
      JSON.stringify({ checklist: CHECKLIST_SLUG, event: 'started' }),
    )
    expect(refused.status()).toBe(403)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/not opted in/)
  })

  test('malformed, oversized and foreign reports get a 400, 415 or 403 with a message, and count nothing', async ({
    stack,
    request,
  }) => {
    const origin = new URL(stack.partner.url).origin
    const before = await todayRow(await stack.admin.get<DocList>(`/api/reach-counts?depth=0&limit=100`))
    const cases: [string, string, RegExp, number?][] = [
      ['{"checklist":', 'text/plain', /must be JSON/],
      ['[]', 'application/json', /JSON object/],
      [
        JSON.stringify({ checklist: CHECKLIST_SLUG, event: 'started', notes: 'She cried at bedtime' }),
        'text/plain',
        /"notes"/,
      ],
      [JSON.stringify({ checklist: CHECKLIST_SLUG, event: 'answered' }), 'text/plain', /"event"/],
      [JSON.stringify({ checklist: 'Not A Slug', event: 'started' }), 'text/plain', /"checklist"/],
      [
        JSON.stringify({ checklist: CHECKLIST_SLUG, event: 'started', pad: 'x'.repeat(400) }),
        'text/plain',
        /at most 256 bytes/,
      ],
      [
        JSON.stringify({ checklist: CHECKLIST_SLUG, event: 'started' }),
        'application/x-www-form-urlencoded',
        /application\/json or text\/plain/,
        415,
      ],
      [JSON.stringify({ checklist: 'no-such-checklist', event: 'started' }), 'text/plain', /No published checklist/],
    ]
    for (const [body, type, message, status = 400] of cases) {
      const response = await report(request, stack.cms.url, origin, body, type)
      expect(response.status(), body.slice(0, 60)).toBe(status)
      const error = (await response.json()) as { error: { status: number; message: string } }
      expect(error.error.status).toBe(status)
      expect(error.error.message).toMatch(message)
    }
    const stranger = await report(
      request,
      stack.cms.url,
      new URL(stack.stranger.url).origin,
      JSON.stringify({ checklist: CHECKLIST_SLUG, event: 'started' }),
    )
    expect(stranger.status()).toBe(403)
    expect(stranger.headers()['access-control-allow-origin']).toBeUndefined()
    expect(stranger.headers()['set-cookie']).toBeUndefined()

    const after = await todayRow(await stack.admin.get<DocList>(`/api/reach-counts?depth=0&limit=100`))
    expect(after?.started ?? 0).toBe(before?.started ?? 0)
  })

  test('a flood from one site gets 429 with Retry-After once it passes the per-minute budget', async ({
    stack,
    request,
  }) => {
    const origin = 'http://127.0.0.1:4352'
    await allowOrigin(stack.admin, origin)
    const body = JSON.stringify({ checklist: CHECKLIST_SLUG, event: 'started' })
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await report(request, stack.cms.url, origin, body)).status())
    expect(statuses.slice(0, 20).every((s) => s === 204)).toBe(true)
    const flooded = await report(request, stack.cms.url, origin, body)
    expect(statuses[20]).toBe(429)
    expect(flooded.status()).toBe(429)
    expect(Number(flooded.headers()['retry-after'])).toBeGreaterThan(0)
    // Another agency site keeps its own budget.
    const own = await report(request, stack.cms.url, new URL(stack.partner.url).origin, body)
    expect(own.status()).toBe(204)
  })
})
