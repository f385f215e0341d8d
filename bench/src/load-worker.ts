import autocannon from 'autocannon'

/**
 * The load generator, run in its own process so that it never competes with the server under test
 * for the same event loop. Takes its job as JSON in argv and sends the summary back over IPC.
 */

export interface LoadJob {
  url: string
  connections: number
  durationSeconds: number
  headers?: Record<string, string>
}

export interface LoadSummary {
  requestsPerSecond: number
  p50: number
  p99: number
  total: number
  statusCounts: Record<string, number>
  errors: number
  timeouts: number
  bytesPerSecond: number
}

const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob

const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.durationSeconds,
  headers: job.headers,
})

const statusCounts: Record<string, number> = {}
for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = stat.count ?? 0

const summary: LoadSummary = {
  requestsPerSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  total: result.requests.total,
  statusCounts,
  errors: result.errors,
  timeouts: result.timeouts,
  bytesPerSecond: result.throughput.average,
}
process.send?.(summary)
