import { test as base, expect, type APIRequestContext } from '@playwright/test'
import { ChecklistResponse, ContractError, validate, type Checklist } from '@secure-base/content'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startPartnerServer, type PartnerServer } from '../../../src/server.ts'
import { createCms, type CmsServer } from './cms.ts'
import { login, registerFirstAdmin, type DocList, type RestClient } from '@secure-base/test-support/rest'

export const AGENCY_SLUG = 'harbour-lights-fostering'
export const CHECKLIST_SLUG = 'checklist-5-10-years'

export interface Stack {
  cms: CmsServer
  /** The agency's page, on an origin the agency lists. */
  partner: PartnerServer
  /** The same page on an origin no agency lists. */
  stranger: PartnerServer
  admin: RestClient
  reviewer: RestClient
}

const password = () => randomBytes(12).toString('base64url')

/** The seeded checklist as the widget API serves it to the page, checked against the contract. */
export const servedChecklist = async (request: APIRequestContext, cmsUrl: string): Promise<Checklist> => {
  const response = await request.get(`${cmsUrl}/api/widget/v1/checklists/${CHECKLIST_SLUG}`)
  const result = validate(ChecklistResponse, await response.json())
  if (!result.ok) throw new ContractError(result.issues)
  return result.value.data
}

/** Today's reach counts for the seeded checklist, as its agency's admin sees them. */
export const reachToday = async (admin: RestClient) => {
  const day = new Date().toISOString().slice(0, 10)
  const list = await admin.get<DocList>(
    `/api/reach-counts?where[checklist][equals]=${CHECKLIST_SLUG}&where[day][equals]=${day}&depth=0`,
  )
  const row = list.docs[0]
  return { started: Number(row?.started ?? 0), completed: Number(row?.completed ?? 0) }
}

/** Lists an origin on the demo agency (creating the agency if the seed has none). */
export const allowOrigin = async (admin: RestClient, origin: string) => {
  const found = await admin.get<DocList>(`/api/agencies?where[slug][equals]=${AGENCY_SLUG}&depth=0&limit=1`)
  const agency = found.docs[0]
  if (!agency) {
    await admin.post('/api/agencies', {
      name: 'Harbour Lights Fostering',
      slug: AGENCY_SLUG,
      allowedOrigins: [{ origin }],
    })
    return
  }
  const existing = Array.isArray(agency.allowedOrigins) ? (agency.allowedOrigins as { origin: string }[]) : []
  await admin.patch(`/api/agencies/${agency.id}`, {
    allowedOrigins: [...existing.map(({ origin: o }) => ({ origin: o })), { origin }],
  })
}

export const test = base.extend<object, { stack: Stack }>({
  stack: [
    // Playwright reads which fixtures a fixture needs from its first parameter's pattern; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const offset = workerInfo.parallelIndex
      const dataDir = path.join(tmpdir(), `secure-base-e2e-${process.pid}-${Date.now()}`)
      const dbFile = path.join(dataDir, 'cms.db')
      const cms = createCms({
        port: 3300 + offset,
        databaseUrl: `file:${dbFile}`,
        dataDir,
        logFile: path.join(tmpdir(), `secure-base-e2e-cms-${3300 + offset}.log`),
      })
      const servers: { close: () => Promise<void> }[] = []
      try {
        await cms.start()
        const admin = await registerFirstAdmin(cms.url, {
          email: 'e2e-admin@harbourlights.example',
          password: password(),
          name: 'End-to-end admin',
        })
        const reviewerPassword = password()
        await admin.post('/api/users', {
          email: 'e2e-reviewer@harbourlights.example',
          password: reviewerPassword,
          name: 'End-to-end reviewer',
          role: 'reviewer',
        })
        const reviewer = await login(cms.url, 'e2e-reviewer@harbourlights.example', reviewerPassword)
        const quiet = () => {}
        const partner = await startPartnerServer({ port: 4300 + offset * 2, cmsUrl: cms.url, log: quiet })
        servers.push(partner)
        const stranger = await startPartnerServer({ port: 4301 + offset * 2, cmsUrl: cms.url, log: quiet })
        servers.push(stranger)
        await allowOrigin(admin, partner.url)
        await use({ cms, partner, stranger, admin, reviewer })
      } finally {
        for (const server of servers) await server.close()
        await cms.stop()
        rmSync(dataDir, { recursive: true, force: true })
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
})

export { expect }
