import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import { API_PREFIX, ChecklistListResponse, validate } from '@secure-base/content'
import { join } from 'node:path'
import { cmsServerFile, freePort, startCms as launchCms } from '@secure-base/test-support/cms'
import { CMS_PORTS, waitForOk } from './net.js'
import { cmsDir } from './paths.js'
import { GroupMemory } from './proc.js'
import { Skipped } from './report.js'

/** The seeded checklist the load tests read: the one for this age band, whatever its slug. */
export const AGE_BAND = '5-10-years'
const LIST_PATH = `${API_PREFIX}/checklists`
export const deliveryPath = (slug: string): string => `${LIST_PATH}/${slug}`
/** Payload's own REST for the same checklist, at the depth that resolves its dimensions and resources. */
export const stockRestPath = (slug: string): string => `/api/checklists?where[slug][equals]=${slug}&depth=2&locale=en`

/** Asks the delivery API which published checklist covers the age band. */
export const findChecklistSlug = async (origin: string): Promise<string> => {
  const response = await fetch(`${origin}${LIST_PATH}`)
  const list = validate(ChecklistListResponse, await response.json())
  if (!list.ok) throw new Error(`${LIST_PATH} breaks the contract: ${list.issues.slice(0, 3).join('; ')}`)
  const found = list.value.data.find((c) => c.ageBand === AGE_BAND)
  if (!found) throw new Error(`no published checklist for ${AGE_BAND} in ${LIST_PATH}; was the database seeded?`)
  return found.slug
}

/** How long a cold start (migrations and the first-start seed) may take before the run gives up. */
const START_TIMEOUT_MS = 180_000

export const nextBin = (appDir: string): string => join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next')

/**
 * Preloaded into a server under `--cpu-prof`: V8 writes the profile only when the process exits on
 * its own, and Node's default SIGTERM would end it before the server's own graceful exit could.
 */
const EXIT_ON_SIGNAL = `data:text/javascript,${encodeURIComponent(
  "for (const s of ['SIGTERM', 'SIGINT']) process.once(s, () => process.exit(0))",
)}`

export const requireCmsBuild = (): void => {
  if (!existsSync(nextBin(cmsDir))) throw new Skipped('apps/cms has no Next.js installed; run pnpm install')
  if (!existsSync(join(cmsDir, '.next', 'BUILD_ID')) || !existsSync(cmsServerFile))
    throw new Skipped('apps/cms has no production build: run pnpm --filter @secure-base/cms build')
}

export interface RunningCms {
  origin: string
  /** The SQLite file and data folder it runs on, so that a second instance can share them. */
  dbFile: string
  dataDir: string
  server: { memory: GroupMemory; stop: () => Promise<void> }
  /** The slug of the seeded checklist for AGE_BAND. */
  slug: string
  /** From spawning the server to the first 200 from the delivery API. */
  startToFirstResponseMs: number
  /** Peak RSS of the server's process group from spawn to that first response. */
  startPeakRss: number
}

export interface CmsOptions {
  /** The SQLite file; an empty or missing one is migrated and seeded by the CMS on its first start. */
  dbFile: string
  dataDir: string
  /** Writes V8 CPU profiles of every server process into this directory when it stops. */
  cpuProfileDir?: string
}

/** The CMS's compiled production server, through the workspace's one launcher, on a database of its own. */
export const startCms = async ({ dbFile, dataDir, cpuProfileDir }: CmsOptions): Promise<RunningCms> => {
  requireCmsBuild()
  mkdirSync(dataDir, { recursive: true })
  const port = await freePort(CMS_PORTS)
  // Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the server's command line.
  const nodeFlags: string[] = []
  if (cpuProfileDir) {
    mkdirSync(cpuProfileDir, { recursive: true })
    nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, '--import', EXIT_ON_SIGNAL)
  }
  let memory: GroupMemory | undefined
  let started = 0
  const server = await launchCms({
    port,
    databaseUrl: `file:${dbFile}`,
    dataDir,
    nodeFlags,
    env: { PAYLOAD_SECRET: randomBytes(24).toString('hex') },
    readyTimeoutMs: START_TIMEOUT_MS,
    onSpawn: (child) => {
      started = performance.now()
      if (child.pid !== undefined) memory = new GroupMemory(child.pid)
    },
  }).catch((error: unknown) => {
    memory?.stop()
    throw new Error(`the CMS did not come up: ${error instanceof Error ? error.message : String(error)}`)
  })
  const answered = await waitForOk(`${server.url}${LIST_PATH}`, START_TIMEOUT_MS, () => !server.exited())
  const groupMemory = memory as GroupMemory
  return {
    origin: server.url,
    dbFile,
    dataDir,
    slug: await findChecklistSlug(server.url),
    server: {
      memory: groupMemory,
      stop: async () => {
        groupMemory.stop()
        await server.stop()
      },
    },
    startToFirstResponseMs: answered - started,
    startPeakRss: Math.max(groupMemory.peak, groupMemory.sample()),
  }
}
