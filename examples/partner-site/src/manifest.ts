/** The CMS's description of one served widget file (see apps/cms/src/widget-files/manifest.ts). */
export interface WidgetFileEntry {
  file: string
  version: string
  path: string
  integrity: string
}

export interface WidgetScript {
  /** Absolute URL of the versioned, immutable bundle on the CMS. */
  src: string
  integrity: string
}

export const WIDGET_BUNDLE = 'secure-base-widgets.js'

const isEntry = (value: unknown): value is WidgetFileEntry => {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.file === 'string' &&
    typeof v.version === 'string' &&
    typeof v.path === 'string' &&
    v.path.startsWith('/') &&
    typeof v.integrity === 'string' &&
    /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(v.integrity)
  )
}

export class ManifestError extends Error {
  override name = 'ManifestError'
}

/** Asks the CMS where the current widget bundle lives and what its integrity hash is. */
export const fetchWidgetScript = async (cmsOrigin: string): Promise<WidgetScript> => {
  const url = `${cmsOrigin}/widgets/manifest.json`
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(5000) })
  } catch {
    throw new ManifestError(`The CMS at ${cmsOrigin} cannot be reached (${url}). Is it running?`)
  }
  if (!response.ok) {
    const detail = await response.text().catch(() => '')
    throw new ManifestError(`The CMS answered ${response.status} for ${url}. ${detail.slice(0, 300)}`.trim())
  }
  const body: unknown = await response.json().catch(() => undefined)
  const files = (body as { files?: unknown } | undefined)?.files
  const entry = Array.isArray(files) ? files.find((f) => isEntry(f) && f.file === WIDGET_BUNDLE) : undefined
  if (!isEntry(entry)) throw new ManifestError(`${url} does not list ${WIDGET_BUNDLE} with an integrity hash.`)
  return { src: new URL(entry.path, cmsOrigin).href, integrity: entry.integrity }
}

/**
 * Keeps the last manifest that was read, so that a page served while the CMS is briefly down
 * still points at the bundle the visitor's browser most likely holds in its cache.
 */
export const createWidgetScriptSource = (
  cmsOrigin: string,
  onProblem: (message: string) => void,
  onRecovered: () => void = () => undefined,
) => {
  let lastGood: WidgetScript | undefined
  let lastProblem = ''
  return async (): Promise<WidgetScript | undefined> => {
    try {
      lastGood = await fetchWidgetScript(cmsOrigin)
      if (lastProblem) onRecovered()
      lastProblem = ''
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // One line per new problem, not one per page view.
      if (message !== lastProblem) onProblem(message)
      lastProblem = message
    }
    return lastGood
  }
}
