/**
 * Where a page's main thread spends its time, from a Chromium performance trace (the events the
 * DevTools Performance panel draws). Each event's self time (its duration less the events nested in
 * it) is summed by what it is: script evaluation and calls by script, HTML parsing, style, layout,
 * paint. A task's own self time is work the trace names no further.
 */

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { url?: string; frame?: string } }
}

/** A trace as Chromium writes it (`browser.stopTracing()` in Playwright). */
export interface Trace {
  traceEvents: TraceEvent[]
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'toplevel',
  'v8.execute',
  '__metadata',
]

/** The names a reader of the DevTools Performance panel knows these events by. */
const LABELS: Record<string, string> = {
  RunTask: 'task, unattributed',
  ParseHTML: 'parse HTML',
  EvaluateScript: 'evaluate script',
  'v8.evaluateModule': 'evaluate module',
  'v8.compile': 'compile script',
  'v8.compileModule': 'compile module',
  FunctionCall: 'function call',
  RunMicrotasks: 'microtasks',
  UpdateLayoutTree: 'recalculate style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  'Document::updateStyleAndLayout': 'style and layout, forced',
  ParseAuthorStyleSheet: 'parse stylesheet',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_MC_BACKGROUND_MARKING': 'garbage collection',
}

const label = (event: TraceEvent): string => {
  const name = LABELS[event.name] ?? event.name
  const url = event.args?.data?.url
  return url && /script|function|compile|module/.test(name) ? `${name} ${new URL(url).pathname}` : name
}

/**
 * Main-thread self time by event, in milliseconds, over the first `windowMs` after the navigation
 * to `pageUrl` started. The page's renderer is the one whose main thread parsed that URL.
 */
export const mainThreadTime = (trace: Trace, pageUrl: string, windowMs: number): Map<string, number> => {
  const events = trace.traceEvents
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } })?.beginData?.url === pageUrl,
  )
  if (!parse) throw new Error(`the trace has no parse of ${pageUrl}`)
  const { pid, tid } = parse
  // The navigation to the page is the last one in its renderer before the parse (an earlier one is the blank first page).
  const start = Math.max(
    ...events.filter((e) => e.name === 'navigationStart' && e.pid === pid && e.ts <= parse.ts).map((e) => e.ts),
    Number.NEGATIVE_INFINITY,
  )
  if (!Number.isFinite(start)) throw new Error(`the trace has no navigation to ${pageUrl}`)
  const end = start + windowMs * 1000
  // Every event is cut off at the end of the window, so a task running across it counts only its part inside.
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= start && e.ts < end)
    .map((event) => ({ event, from: event.ts, to: Math.min(event.ts + event.dur!, end) }))
    .sort((a, b) => a.from - b.from || b.to - a.to)
  const self = new Map<TraceEvent, number>()
  const stack: typeof spans = []
  for (const span of spans) {
    while (stack.length && stack.at(-1)!.to <= span.from) stack.pop()
    const parent = stack.at(-1)
    if (parent) self.set(parent.event, self.get(parent.event)! - (Math.min(span.to, parent.to) - span.from))
    self.set(span.event, span.to - span.from)
    stack.push(span)
  }
  const byLabel = new Map<string, number>()
  for (const [event, micros] of self) byLabel.set(label(event), (byLabel.get(label(event)) ?? 0) + micros / 1000)
  return byLabel
}

/** The biggest entries, one per line, with what the window held besides: waiting (network, idle). */
export const summarizeMainThread = (byLabel: Map<string, number>, windowMs: number, top = 12): string => {
  const busy = [...byLabel.values()].reduce((a, b) => a + b, 0)
  const lines = [...byLabel.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, time]) => `  ${time.toFixed(1).padStart(7)} ms  ${name}`)
  return [
    `main thread busy ${busy.toFixed(1)} ms of ${windowMs.toFixed(1)} ms (the rest waits: network, other processes, idle)`,
    ...lines,
  ].join('\n')
}
