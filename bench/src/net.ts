/** The ports this suite may use (see `freePort` in @secure-base/test-support/cms); other engineers' servers use the rest. */
export const CMS_PORTS = { from: 3400, to: 3499 } as const
export const HELPER_PORTS = { from: 4400, to: 4499 } as const

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
      last =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`)
}
