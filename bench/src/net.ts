import { createServer, type Server } from 'node:net'

/** The ports this suite may use; other engineers' servers use the rest. */
export const CMS_PORTS = { from: 3400, to: 3499 } as const
export const HELPER_PORTS = { from: 4400, to: 4499 } as const

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe: Server = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

/** The first free loopback port in a range, so a run does not collide with a server left by someone else. */
export const freePort = async (range: { from: number; to: number }, after = 0): Promise<number> => {
  for (let port = Math.max(range.from, after); port <= range.to; port += 1) if (await isFree(port)) return port
  throw new Error(`no free port between ${range.from} and ${range.to}`)
}

/** Polls a URL until it answers 200, returning the moment it did; fails with the last error after `timeoutMs`. */
export const waitForOk = async (url: string, timeoutMs: number, alive: () => boolean = () => true): Promise<number> => {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`the server exited before ${url} answered (${last})`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      await response.arrayBuffer()
      if (response.ok) return performance.now()
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`)
}
