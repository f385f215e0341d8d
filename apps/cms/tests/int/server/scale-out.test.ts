import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startCms, type CmsProcess } from '@secure-base/test-support/cms'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authHeader, registerFirstAdmin } from '../../helpers/accounts'
import { send } from '../edge/raw-http'

/**
 * Two production instances on one database, as behind a load balancer: what one publishes the
 * other serves without a restart, and reach reports sent to both at once are all counted.
 */
const AGENCY_ORIGIN = 'http://localhost:4000'
const CHECKLIST = 'checklist-5-10-years'

let dataDir: string
let a: CmsProcess
let b: CmsProcess
let token: string

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'secure-base-two-instances-'))
  const env = { SECURE_BASE_REACH_PER_MINUTE: '100000' }
  // The first instance migrates and seeds; the second then joins the same database.
  a = await startCms({ dataDir, env })
  b = await startCms({ dataDir, databaseUrl: a.databaseUrl, env })
  const admin = { email: 'scale-admin@tests.secure-base.local', password: 'a long enough password 2' }
  token = await registerFirstAdmin(a.url, admin)
})

afterAll(async () => {
  await b?.stop()
  await a?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const dimensionNames = async (origin: string): Promise<string[]> => {
  const response = await fetch(`${origin}/api/widget/v1/dimensions`)
  const body = (await response.json()) as { data: { name: string }[] }
  return body.data.map((d) => d.name)
}

describe('two instances on one database', () => {
  it('serves on instance B what a reviewer publishes through instance A, without a restart', async () => {
    const before = await dimensionNames(b.url)
    expect(before).toContain('Availability')
    // Twice, so that B answers from its cache.
    expect(await dimensionNames(b.url)).toEqual(before)

    const found = (await (await fetch(`${a.url}/api/dimensions?where[slug][equals]=availability&depth=0`)).json()) as {
      docs: { id: number }[]
    }
    const renamed = `Availability, renamed ${Date.now()}`
    const published = await fetch(`${a.url}/api/dimensions/${found.docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...authHeader(token) },
      body: JSON.stringify({ name: renamed, _status: 'published' }),
    })
    expect(published.status, await published.clone().text()).toBe(200)
    expect(await dimensionNames(a.url)).toContain(renamed)

    // B learns of it from the database; give it a few of its watch intervals.
    let seen: string[] = []
    for (let i = 0; i < 50 && !seen.includes(renamed); i += 1) {
      seen = await dimensionNames(b.url)
      if (!seen.includes(renamed)) await sleep(100)
    }
    expect(seen).toContain(renamed)
  })

  it('counts every one of 1,000 reach reports sent at once, half to each instance', async () => {
    const report = JSON.stringify({ checklist: CHECKLIST, event: 'started' })
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        send(
          i % 2 === 0 ? a.url : b.url,
          {
            method: 'POST',
            path: '/api/widget/v1/reach',
            headers: { origin: AGENCY_ORIGIN, 'content-type': 'text/plain' },
            body: report,
          },
          60_000,
        ),
      ),
    )
    const statuses = new Map<number, number>()
    for (const { status } of results) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    expect(Object.fromEntries(statuses)).toEqual({ 204: 1000 })

    const counts = (await (
      await fetch(`${b.url}/api/reach-counts?where[checklist][equals]=${CHECKLIST}&depth=0`, {
        headers: authHeader(token),
      })
    ).json()) as { docs: { started: number; completed: number }[] }
    expect(counts.docs).toHaveLength(1)
    expect(counts.docs[0]).toMatchObject({ started: 1000, completed: 0 })
  })
})
