import type { Browser, CDPSession } from 'playwright-core'
import { TRACE_CATEGORIES, type Trace } from './trace.js'

/**
 * The demo partner page on a mid-range phone's profile (Lighthouse's throttled mobile: requests wait
 * 562 ms, 180 kB/s down, 675 kbit/s up, the CPU slowed 4×), cold cache, set beside the floor that
 * those round trips and bytes impose on any page that loads the same bytes.
 */
export const PHONE = {
  cpuSlowdown: 4,
  latencyMs: 562,
  /** Bytes per second. */
  download: 180_000,
  upload: 84_375,
} as const

/**
 * The fewest requests that must follow one another: the document, then everything it names (the
 * stylesheet, the scripts and, preloaded, each widget's content) at once. DevTools' emulation adds
 * its latency to each request rather than to each TCP handshake, so a request is one round trip.
 */
export const SEQUENTIAL_ROUND_TRIPS = 2

export interface PhoneRun {
  /** From navigation to the checklist's first answer taking focus, on the page's clock. */
  firstAnswer: number
  /** Responses that had arrived by then, and their bytes as transferred (headers and compressed bodies). */
  responses: number
  /** When the last of those responses had arrived: what is left after it is the page's own work. */
  lastResponse: number
  bytes: number
  /** SEQUENTIAL_ROUND_TRIPS × latency + bytes ÷ download rate. */
  floor: number
  /** Requests made more than once in the load: a preload the widget did not use shows up here. */
  repeated: string[]
  /** With `trace`: the Chromium performance trace of the load, to the first answer. */
  trace?: Trace
}

interface Request {
  url: string
  started: number
  finished?: number
  bytes?: number
}

/** Records every request of the load with its bytes, on the DevTools protocol's clock (seconds). */
const recordNetwork = async (cdp: CDPSession) => {
  const requests = new Map<string, Request>()
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, started: e.timestamp })
  })
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId)
    if (request) Object.assign(request, { finished: e.timestamp, bytes: e.encodedDataLength })
  })
  await cdp.send('Network.enable')
  return requests
}

/** One cold load of `url` in a fresh context under the phone profile; `probe` is added before the page's scripts. */
export const loadOnPhone = async (browser: Browser, url: string, probe: string, trace = false): Promise<PhoneRun> => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })
  try {
    const tab = await context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.addInitScript({ content: probe })
    const cdp = await context.newCDPSession(tab)
    const requests = await recordNetwork(cdp)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.download,
      uploadThroughput: PHONE.upload,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown })
    if (trace) await browser.startTracing(tab, { categories: TRACE_CATEGORIES })
    await tab.goto(url, { waitUntil: 'commit' })
    const firstAnswer = await tab.evaluate<number>('window.secureBasePhone')
    const traced: Trace | undefined = trace ? JSON.parse((await browser.stopTracing()).toString('utf8')) : undefined
    if (errors.length) throw new Error(`the partner page threw: ${errors[0]}`)

    const all = [...requests.values()]
    const document = all.find((r) => r.url === url)
    if (!document) throw new Error(`no request for ${url} was recorded`)
    const arrived = all.filter((r) => r.finished !== undefined && (r.finished - document.started) * 1000 <= firstAnswer)
    const bytes = arrived.reduce((sum, r) => sum + (r.bytes ?? 0), 0)
    const seen = new Map<string, number>()
    for (const r of all) seen.set(r.url, (seen.get(r.url) ?? 0) + 1)
    return {
      firstAnswer,
      responses: arrived.length,
      lastResponse: Math.max(...arrived.map((r) => (r.finished! - document.started) * 1000)),
      bytes,
      floor: SEQUENTIAL_ROUND_TRIPS * PHONE.latencyMs + (bytes / PHONE.download) * 1000,
      repeated: [...seen].filter(([, n]) => n > 1).map(([u]) => u),
      trace: traced,
    }
  } finally {
    await context.close()
  }
}
