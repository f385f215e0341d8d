export type ReachEvent = 'started' | 'completed'

/**
 * Counts a sitting for an agency that opted in to reach counts. Only the slug and the event travel:
 * no cookie, no identifier, never an answer or a note. `text/plain` keeps the request simple enough
 * to need no CORS preflight, and `keepalive` lets a completion sent as the visitor leaves arrive.
 */
export class ReachReporter {
  private readonly __sentReports = new Set<string>()

  report(api: string | undefined, checklist: string, event: ReachEvent): void {
    const key = `${checklist}|${event}`
    if (!api || !checklist || this.__sentReports.has(key)) return
    this.__sentReports.add(key)
    try {
      fetch(`${api.replace(/\/+$/, '')}/api/widget/v1/reach`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ checklist, event }),
        credentials: 'omit',
        keepalive: true,
      }).catch(() => undefined)
    } catch {
      // A count that cannot be sent is simply not counted; the visitor never sees it.
    }
  }
}
