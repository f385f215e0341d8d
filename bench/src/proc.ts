import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

const PAGE_BYTES = 4096

/** Groups still running, stopped on the way out even if a benchmark throws or the run is interrupted. */
const running = new Set<number>()
process.once('exit', () => {
  for (const pgid of running) {
    try {
      process.kill(-pgid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
})
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => process.exit(130))

/** Pids whose process group is `pgid`, read from /proc (Next starts worker processes of its own). */
const groupPids = (pgid: number): number[] => {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name may contain spaces and parentheses; the fields after its closing paren are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) pids.push(Number(entry))
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return pids
}

const rssOf = (pid: number): number => {
  try {
    const resident = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]
    return Number(resident) * PAGE_BYTES
  } catch {
    return 0
  }
}

/** Resident memory of a whole process group, summed, sampled until stopped; `peak` is the largest sum seen. */
export class GroupMemory {
  peak = 0
  private timer: NodeJS.Timeout

  constructor(
    private readonly pgid: number,
    intervalMs = 100,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs)
    this.timer.unref()
  }

  sample(): number {
    const total = groupPids(this.pgid).reduce((sum, pid) => sum + rssOf(pid), 0)
    this.peak = Math.max(this.peak, total)
    return total
  }

  /** Starts a fresh peak, e.g. between start-up and a load test. */
  reset(): void {
    this.peak = 0
    this.sample()
  }

  stop(): void {
    clearInterval(this.timer)
  }
}

export interface GroupProcess {
  child: ChildProcess
  memory: GroupMemory
  output: () => string
  exited: () => boolean
  exit: Promise<number | null>
  stop: () => Promise<void>
}

/**
 * Starts a command as the leader of its own process group, so stopping it also stops whatever it
 * spawned (Next's server workers), and memory can be summed over the group.
 */
export const startGroup = (command: string, args: string[], options: SpawnOptions): GroupProcess => {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  if (child.pid === undefined) throw new Error(`could not start ${command}`)
  const pgid = child.pid
  running.add(pgid)
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let done = false
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      done = true
      resolve(code)
    }),
  )
  const memory = new GroupMemory(pgid)
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pgid, name)
    } catch {
      // Already gone.
    }
  }
  const stop = async () => {
    memory.stop()
    signal('SIGTERM')
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref())
    await Promise.race([exit, timeout])
    // Children may outlive the leader; the group is only done when none is left.
    for (let i = 0; i < 50 && groupPids(pgid).length; i += 1) await new Promise((r) => setTimeout(r, 100))
    if (groupPids(pgid).length) signal('SIGKILL')
    running.delete(pgid)
  }
  return { child, memory, output: () => log, exited: () => done, exit, stop }
}

/** The part of a log worth showing on failure: from the first error line on, else its end. */
export const logExcerpt = (log: string, lines = 25): string => {
  const all = log.trim().split('\n')
  const first = all.findIndex((line) => /error|not found|cannot|failed/i.test(line))
  return (first >= 0 ? all.slice(first, first + lines) : all.slice(-lines)).join('\n')
}
