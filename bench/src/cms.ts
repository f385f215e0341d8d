import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import { API_PREFIX, ChecklistListResponse, validate } from '@secure-base/content'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CMS_PORTS, freePort, waitForOk } from './net.js'
import { cmsDir } from './paths.js'
import { type GroupProcess, logExcerpt, startGroup } from './proc.js'
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
 * The CMS's production server: Next.js in-process behind a Node HTTP server that answers cached
 * delivery responses before Next routes them (what `pnpm start` runs). Without it, `next start`.
 */
const PRODUCTION_SERVER = join(cmsDir, 'src', 'delivery', 'server.ts')
const TSX_LOADER = join(cmsDir, 'node_modules', 'tsx', 'dist', 'loader.mjs')
/**
 * Preloaded into a server under `--cpu-prof`: V8 writes the profile only when the process exits on
 * its own, and a server without signal handlers would die on SIGTERM without writing it.
 */
const EXIT_ON_SIGNAL = `data:text/javascript,${encodeURIComponent(
  "for (const s of ['SIGTERM', 'SIGINT']) process.once(s, () => process.exit(0))",
)}`

export type ServerKind = 'production' | 'next-start'

const serverCommand = (kind: ServerKind, port: number, nodeFlags: string[]) => {
  if (kind === 'production' && existsSync(PRODUCTION_SERVER) && existsSync(TSX_LOADER))
    return {
      label: 'src/delivery/server.ts',
      // tsx as a loader rather than its CLI keeps the server in this one process, where --cpu-prof can see it.
      args: [...nodeFlags, '--import', pathToFileURL(TSX_LOADER).href, PRODUCTION_SERVER],
    }
  return { label: 'next start', args: [...nodeFlags, nextBin(cmsDir), 'start', '-H', '127.0.0.1', '-p', String(port)] }
}

export const requireCmsBuild = (): void => {
  if (!existsSync(nextBin(cmsDir))) throw new Skipped('apps/cms has no Next.js installed; run pnpm install')
  if (!existsSync(join(cmsDir, '.next', 'BUILD_ID')))
    throw new Skipped('apps/cms has no production build: run pnpm --filter @secure-base/cms build')
}

export interface RunningCms {
  origin: string
  /** Which server ran: the CMS's production server or plain `next start`. */
  serverLabel: string
  server: GroupProcess
  /** The slug of the seeded checklist for AGE_BAND. */
  slug: string
  /** From spawning `next start` to the first 200 from the delivery API. */
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
  server?: ServerKind
}

/** The built CMS as production runs it (`next start`), on loopback, on a database of its own. */
export const startCms = async ({ dbFile, dataDir, cpuProfileDir, server: kind = 'production' }: CmsOptions): Promise<RunningCms> => {
  requireCmsBuild()
  mkdirSync(dataDir, { recursive: true })
  const port = await freePort(CMS_PORTS)
  const origin = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${dbFile}`,
    SECURE_BASE_DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    SERVER_URL: origin,
    PORT: String(port),
    HOST: '127.0.0.1',
  }
  // Node refuses --cpu-prof in NODE_OPTIONS; as a flag it also reaches the next-server worker, which fork() starts with the same flags.
  const nodeFlags: string[] = []
  if (cpuProfileDir) {
    mkdirSync(cpuProfileDir, { recursive: true })
    nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, '--import', EXIT_ON_SIGNAL)
  }
  const command = serverCommand(kind, port, nodeFlags)
  const started = performance.now()
  const server = startGroup(process.execPath, command.args, { cwd: cmsDir, env })
  try {
    const answered = await waitForOk(`${origin}${LIST_PATH}`, START_TIMEOUT_MS, () => !server.exited())
    return {
      origin,
      serverLabel: command.label,
      slug: await findChecklistSlug(origin),
      server,
      startToFirstResponseMs: answered - started,
      startPeakRss: Math.max(server.memory.peak, server.memory.sample()),
    }
  } catch (error) {
    await server.stop()
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`the CMS did not come up: ${reason}\n${logExcerpt(server.output())}`)
  }
}
