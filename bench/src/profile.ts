import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/** A stretch of time in microseconds of the monotonic clock, which V8's profiles and process.hrtime share on Linux. */
export interface ProfileWindow {
  from: number
  to: number
}

/** Now on the clock V8 stamps profile samples with. */
export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n)

/** Samples per node, only those taken inside `window` when one is given (e.g. the load test, not the start-up). */
const hitsPerNode = (profile: CpuProfile, window?: ProfileWindow): Map<number, number> => {
  const hits = new Map<number, number>()
  if (!window || !profile.samples || !profile.timeDeltas) {
    for (const node of profile.nodes) hits.set(node.id, node.hitCount ?? 0)
    return hits
  }
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas![i] ?? 0
    if (at >= window.from && at <= window.to) hits.set(id, (hits.get(id) ?? 0) + 1)
  })
  return hits
}

const IDLE = new Set(['(idle)', '(program)'])

/** Which code a sample belongs to: a package, the app's own compiled chunks, Node itself, or V8. */
const area = (frame: ProfileNode['callFrame']): string => {
  if (frame.functionName.startsWith('(')) return frame.functionName
  const url = frame.url
  if (!url) return '(native)'
  // Node's own modules by folder (web streams, http, timers...), which is where framework overhead shows.
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/')
  const pkg = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1]
  if (pkg) return pkg
  if (url.includes('/.next/server/')) return 'app bundle (.next/server)'
  if (/^https?:/.test(url)) return new URL(url).pathname
  return url.replace(/^file:\/\//, '')
}

const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)} %`

/** Where a profile's busy samples went: by package (or script) and by function, as shares of the non-idle samples. */
export const summarizeProfile = (profile: CpuProfile, source: string, window?: ProfileWindow): string => {
  const byArea = new Map<string, number>()
  const byFunction = new Map<string, number>()
  const counts = hitsPerNode(profile, window)
  let busy = 0
  for (const node of profile.nodes) {
    const hits = counts.get(node.id) ?? 0
    if (!hits || IDLE.has(node.callFrame.functionName)) continue
    busy += hits
    const where = area(node.callFrame)
    byArea.set(where, (byArea.get(where) ?? 0) + hits)
    const name = `${node.callFrame.functionName || '(anonymous)'}  [${where}:${node.callFrame.lineNumber + 1}]`
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits)
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(([name, hits]) => `  ${share(hits, busy)}  ${name}`)
      .join('\n')
  return [
    `profile: ${source} (${busy} busy samples)`,
    'self time by area:',
    top(byArea, 12),
    'self time by function:',
    top(byFunction, 20),
  ].join('\n')
}

/** Summarizes the CPU profiles a server wrote when it stopped. */
export const summarizeProfiles = (dir: string, window?: ProfileWindow): string => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
  if (!files.length) return `no CPU profile was written in ${dir}`
  // Next may start helper processes; the largest profile is the one that served the load.
  const file = files.map((f) => join(dir, f)).sort((x, y) => statSync(y).size - statSync(x).size)[0]!
  return summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, file, window)
}
