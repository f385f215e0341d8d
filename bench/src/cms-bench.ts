import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ChecklistResponse, validate } from '@secure-base/content'
import { type RunningCms, deliveryPath, startCms, stockRestPath } from './cms.js'
import { expectStatus, runLoad } from './load.js'
import type { LoadSummary } from './load-worker.js'
import { benchDir } from './paths.js'
import { type ProfileWindow, monotonicMicros, summarizeProfiles } from './profile.js'
import { type PartResult, type Row, mb, ratio, seconds } from './report.js'
import { startStaticCeiling } from './static-ceiling.js'

export interface CmsBenchOptions {
  smoke: boolean
  /** Also run the delivery endpoint once more under `--cpu-prof` and print where the server spends its time. */
  profile: boolean
}

const CONNECTIONS = 50

/** A SQLite database is its file plus, until checkpointed, a write-ahead log and its index. */
const SQLITE_SUFFIXES = ['', '-wal', '-shm']

const copyDatabase = (from: string, to: string): void => {
  for (const suffix of SQLITE_SUFFIXES) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix)
}

/** The headers the ceiling server repeats, so both send the same bytes on the wire. */
const MIRRORED_HEADERS = ['content-type', 'etag', 'cache-control', 'vary', 'x-content-type-options']

const fetchOnce = async (url: string) => {
  const response = await fetch(url)
  const body = Buffer.from(await response.arrayBuffer())
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.toString().slice(0, 200)}`)
  return { response, body }
}

/** Checks, before timing anything, that (a) and (b) really return the same checklist. */
const checkSameChecklist = async (origin: string, slug: string) => {
  const delivery = await fetchOnce(`${origin}${deliveryPath(slug)}`)
  const parsed = validate(ChecklistResponse, JSON.parse(delivery.body.toString()))
  if (!parsed.ok) throw new Error(`the delivery response breaks the contract: ${parsed.issues.slice(0, 3).join('; ')}`)
  const stock = await fetchOnce(`${origin}${stockRestPath(slug)}`)
  const docs = (JSON.parse(stock.body.toString()) as { docs?: { slug?: string }[] }).docs ?? []
  if (docs.length !== 1 || docs[0]?.slug !== slug)
    throw new Error(`Payload's REST found ${docs.length} checklists for ${slug}, expected exactly that one`)
  const etag = delivery.response.headers.get('etag')
  if (!etag) throw new Error('the delivery response has no ETag')
  const headers: Record<string, string> = {}
  for (const name of MIRRORED_HEADERS) {
    const value = delivery.response.headers.get(name)
    if (value) headers[name] = value
  }
  return { body: delivery.body, headers, etag, stockBytes: stock.body.byteLength, items: parsed.value.data.sections }
}

const loadRow = (measure: string, s: LoadSummary, note = ''): Row => {
  const errors = s.errors ? ` · ${s.errors} connection errors (${s.timeouts} timeouts)` : ''
  return {
    part: 'delivery API',
    measure,
    value: `${Math.round(s.requestsPerSecond).toLocaleString('en-GB')} req/s`,
    note: `p50 ${s.p50} ms · p99 ${s.p99} ms${errors}${note ? ` · ${note}` : ''}`,
  }
}

/**
 * The delivery endpoint through two instances of the production server on the same database, each
 * loaded by its own generator with half the connections, at the same time: what a second instance
 * behind a load balancer adds. Requests per second are summed; the latencies are the worse of the two.
 */
const throughTwoInstances = async (
  cms: RunningCms,
  options: CmsBenchOptions,
  delivery: PartResult,
  duration: number,
): Promise<LoadSummary> => {
  const second = await startCms({ dbFile: cms.dbFile, dataDir: `${cms.dataDir}-second` })
  try {
    const urls = [cms.origin, second.origin].map((origin) => `${origin}${deliveryPath(cms.slug)}`)
    const connections = CONNECTIONS / 2
    await Promise.all(urls.map((url) => runLoad({ url, connections, durationSeconds: 1 })))
    const [one, two] = await Promise.all(urls.map((url) => runLoad({ url, connections, durationSeconds: duration })))
    const summaries = [one!, two!]
    summaries.forEach((summary, i) =>
      delivery.failures.push(...expectStatus(`(a) through instance ${i + 1} of 2`, summary, 200)),
    )
    return {
      ...one!,
      requestsPerSecond: one!.requestsPerSecond + two!.requestsPerSecond,
      total: one!.total + two!.total,
      bytesPerSecond: one!.bytesPerSecond + two!.bytesPerSecond,
      p50: Math.max(one!.p50, two!.p50),
      p99: Math.max(one!.p99, two!.p99),
      errors: one!.errors + two!.errors,
      timeouts: one!.timeouts + two!.timeouts,
      statusCounts: Object.fromEntries(
        [...new Set([...Object.keys(one!.statusCounts), ...Object.keys(two!.statusCounts)])].map((code) => [
          code,
          (one!.statusCounts[code] ?? 0) + (two!.statusCounts[code] ?? 0),
        ]),
      ),
    }
  } finally {
    await second.server.stop()
  }
}

const measureLoad = async (cms: RunningCms, workDir: string, options: CmsBenchOptions, delivery: PartResult) => {
  const duration = options.smoke ? 3 : 30
  const checklist = await checkSameChecklist(cms.origin, cms.slug)
  const deliveryUrl = `${cms.origin}${deliveryPath(cms.slug)}`
  const ceiling = await startStaticCeiling(workDir, checklist.body, checklist.headers)
  const run = async (label: string, url: string, status: number, headers?: Record<string, string>) => {
    // A short unmeasured run first, so JIT warm-up and the first (uncached) render are not in the figure.
    await runLoad({ url, connections: CONNECTIONS, durationSeconds: 1, headers })
    const summary = await runLoad({ url, connections: CONNECTIONS, durationSeconds: duration, headers })
    delivery.failures.push(...expectStatus(label, summary, status))
    return summary
  }
  try {
    cms.server.memory.reset()
    const cFirst = await run('(c) static ceiling', ceiling.url, 200)
    const a = await run('(a) delivery', deliveryUrl, 200)
    const a304 = await run('(a) delivery with If-None-Match', deliveryUrl, 304, {
      'if-none-match': checklist.etag,
    })
    const pair = await throughTwoInstances(cms, options, delivery, duration)
    const b = await run("(b) Payload's REST", `${cms.origin}${stockRestPath(cms.slug)}`, 200)
    // The cheapest answer the same Next route can give (a 400 for an unknown locale, no cache and
    // no database): how close (a) is to what Next.js itself allows.
    const floor = await run('Next.js route floor', `${deliveryUrl}?locale=xx`, 400)
    // The ceiling is measured first and last and the higher run kept, so a busy spell on a shared
    // machine during one of them does not flatter a/c.
    const cLast = await run('(c) static ceiling, again', ceiling.url, 200)
    const c = cLast.requestsPerSecond > cFirst.requestsPerSecond ? cLast : cFirst
    const itemCount = checklist.items.reduce((n, s) => n + s.items.length, 0)
    const setup = `${duration} s × ${CONNECTIONS} connections`
    delivery.rows.push(
      loadRow(
        `(a) ${deliveryPath(cms.slug)}`,
        a,
        `${checklist.body.byteLength} B, ${itemCount} items · ${setup} · served by apps/cms/dist/server.js`,
      ),
      loadRow('(a) same, If-None-Match → 304', a304, `${ratio(a304.requestsPerSecond, a.requestsPerSecond)} of (a)`),
      loadRow(
        '(a) same, through two instances on one database',
        pair,
        `${ratio(pair.requestsPerSecond, a.requestsPerSecond)} of (a) · ${CONNECTIONS / 2} connections to each from its own load generator · on this 2-core machine both instances and both generators share the cores`,
      ),
      loadRow(`(b) ${stockRestPath(cms.slug)}`, b, `${b.total ? checklist.stockBytes : 0} B`),
      loadRow(
        '(c) node:http, same bytes from memory',
        c,
        `the ceiling on this machine · best of 2 (${Math.round(Math.min(cFirst.requestsPerSecond, cLast.requestsPerSecond))} req/s in the other)`,
      ),
      loadRow(
        'same Next route, 400 for ?locale=xx',
        floor,
        `the Next.js floor · (a) is ${ratio(a.requestsPerSecond, floor.requestsPerSecond)} of it`,
      ),
      { part: 'delivery API', measure: 'a/b (target ≥ 10)', value: ratio(a.requestsPerSecond, b.requestsPerSecond) },
      { part: 'delivery API', measure: 'a/c (target ≥ 0.5)', value: ratio(a.requestsPerSecond, c.requestsPerSecond) },
    )
    return { peakUnderLoad: cms.server.memory.peak }
  } finally {
    await ceiling.stop()
  }
}

const profileDelivery = async (seededDb: string, workDir: string, { smoke }: CmsBenchOptions): Promise<string> => {
  const profileDir = join(workDir, 'profiles')
  const dbFile = join(workDir, 'profile.db')
  copyDatabase(seededDb, dbFile)
  const cms = await startCms({ dbFile, dataDir: join(workDir, 'data-profile'), cpuProfileDir: profileDir })
  let window: ProfileWindow
  try {
    const url = `${cms.origin}${deliveryPath(cms.slug)}`
    await runLoad({ url, connections: CONNECTIONS, durationSeconds: 1 })
    // Only the samples taken under load count: start-up (module loading) would otherwise dominate.
    const from = monotonicMicros()
    await runLoad({ url, connections: CONNECTIONS, durationSeconds: smoke ? 2 : 15 })
    window = { from, to: monotonicMicros() }
  } finally {
    await cms.server.stop()
  }
  return summarizeProfiles(profileDir, window)
}

/** Starts the CMS cold (empty database: migrate and seed) and warm (seeded copy), then loads it. */
export const runCmsBench = async (options: CmsBenchOptions): Promise<PartResult[]> => {
  const workDir = join(benchDir, '.work', `run-${Date.now()}`)
  mkdirSync(workDir, { recursive: true })
  const delivery: PartResult = { part: 'delivery API', rows: [], failures: [] }
  const cmsPart: PartResult = { part: 'CMS', rows: [], failures: [] }
  const coldDb = join(workDir, 'cold.db')
  const warmDb = join(workDir, 'warm.db')
  try {
    const cold = await startCms({ dbFile: coldDb, dataDir: join(workDir, 'data-cold') })
    await cold.server.stop()
    // The seeded file is copied so the load test runs on a database no other run has touched.
    copyDatabase(coldDb, warmDb)
    const warm = await startCms({ dbFile: warmDb, dataDir: join(workDir, 'data-warm') })
    let peakUnderLoad = 0
    try {
      ;({ peakUnderLoad } = await measureLoad(warm, workDir, options, delivery))
    } finally {
      await warm.server.stop()
    }
    cmsPart.rows.push(
      {
        part: 'CMS',
        measure: 'start → first delivery response, empty database',
        value: seconds(cold.startToFirstResponseMs),
        note: `apps/cms/dist/server.js · migrations and first-start seed included · peak RSS ${mb(cold.startPeakRss)}`,
      },
      {
        part: 'CMS',
        measure: 'start → first delivery response, seeded database',
        value: seconds(warm.startToFirstResponseMs),
        note: `peak RSS ${mb(warm.startPeakRss)}`,
      },
      {
        part: 'CMS',
        measure: 'peak RSS under the load tests',
        value: mb(peakUnderLoad),
        note: "the server's process group, sampled every 100 ms",
      },
    )
    if (options.profile) {
      // A profile is an aid to reading the figures; its failure must not throw them away.
      const summary = await profileDelivery(coldDb, workDir, options).catch(
        (error: unknown) => `profiling failed: ${error instanceof Error ? error.message : error}`,
      )
      console.log(`\nWhere the delivery server spends its time under load:\n${summary}\n`)
    }
  } finally {
    // Profiles are kept for a closer look in Chrome DevTools; databases and data directories are not.
    for (const entry of readdirSync(workDir))
      if (entry !== 'profiles') rmSync(join(workDir, entry), { recursive: true, force: true })
    if (!readdirSync(workDir).length) rmSync(workDir, { recursive: true, force: true })
  }
  return [delivery, cmsPart]
}
