import { fork } from 'node:child_process'
import { join } from 'node:path'
import type { LoadJob, LoadSummary } from './load-worker.js'
import { benchDir } from './paths.js'

/** Runs autocannon in a child process and returns its summary. */
export const runLoad = (job: LoadJob): Promise<LoadSummary> =>
  new Promise((resolve, reject) => {
    // fork() passes on tsx's loader flags, so the worker runs from its TypeScript source like this process.
    const worker = fork(join(benchDir, 'src/load-worker.ts'), [JSON.stringify(job)], { stdio: 'inherit' })
    let summary: LoadSummary | undefined
    worker.once('message', (message) => (summary = message as LoadSummary))
    worker.once('error', reject)
    worker.once('exit', (code) =>
      summary ? resolve(summary) : reject(new Error(`the load generator exited with code ${code} and no result`)),
    )
  })

/**
 * Fails unless responses came back and every one had the expected status: a fast error page is not
 * a result. Connection errors and timeouts are reported beside the figure instead, since a slow
 * server under 50 connections is a finding, not a broken benchmark.
 */
export const expectStatus = (label: string, summary: LoadSummary, status: number): string[] => {
  const problems: string[] = []
  const other = Object.entries(summary.statusCounts).filter(([code, count]) => Number(code) !== status && count > 0)
  if (summary.total === 0 || !summary.statusCounts[String(status)])
    problems.push(`${label}: no ${status} responses at all`)
  if (other.length) problems.push(`${label}: unexpected statuses ${other.map(([c, n]) => `${n}× ${c}`).join(', ')}`)
  return problems
}
