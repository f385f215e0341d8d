import type { ReactiveController } from 'lit'
import * as v from 'valibot'
import {
  ContractError,
  DeliveryError,
  Meta,
  createDeliveryClient,
  validate,
  type DeliveryClient,
  type Locale,
} from '@secure-base/content'
import type { SecureBaseElement } from './base-element.js'
import type { LoadDetail } from './events.js'

export type ContentErrorKind = 'network' | 'not-allowed' | 'timeout' | 'http' | 'not-found' | 'invalid'

/** How long a widget waits for its content by default, in milliseconds (the `timeout` attribute). */
export const DEFAULT_TIMEOUT = 10_000

/** The abort reason when the time is up, told apart from an abort because the content is no longer wanted. */
const TIMED_OUT = Symbol('timed out')

export type ContentState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T; meta: Meta | null }
  | { status: 'error'; error: DeliveryError | ContractError; kind: ContentErrorKind }

export interface ContentOptions<T> {
  /** The contract schema of `data`, used to check inline JSON. */
  schema: v.GenericSchema<unknown, T>
  /** Fetches the envelope from the CMS; the client already checks it against the contract. */
  load: (client: DeliveryClient, request: { locale: Locale; signal: AbortSignal }) => Promise<{ meta: Meta; data: T }>
  /** Whatever besides `api` and locale selects the content (a slug, filters): a change reloads. */
  key?: () => string
}

const errorKind = (error: DeliveryError | ContractError): ContentErrorKind => {
  if (error instanceof ContractError) return 'invalid'
  if (error.kind === 'http') return error.status === 404 ? 'not-found' : 'http'
  return error.kind
}

/**
 * A request that fails without an answer the page can read is either unreachable (offline, server
 * down) or refused by CORS because the CMS does not list this page's origin. The browser does not
 * say which, so ask again without CORS: an opaque answer means the server is there.
 */
const unreadableKind = async (api: string, signal: AbortSignal): Promise<'network' | 'not-allowed'> => {
  if (!navigator.onLine) return 'network'
  try {
    await fetch(api, { mode: 'no-cors', method: 'HEAD', credentials: 'omit', cache: 'no-store', signal })
    return 'not-allowed'
  } catch {
    return 'network'
  }
}

/**
 * The embed snippet preloads the content (`<link rel="preload" as="fetch" crossorigin>`) so it
 * downloads beside the script. Chromium hands a preload to a later fetch only when the credentials
 * mode matches, and `crossorigin` means `same-origin`: ask in that mode. Like `omit`, it sends no
 * cookies to a CMS on another origin.
 */
const fetchLikePreload: typeof fetch = (input, init) => fetch(input, { ...init, credentials: 'same-origin' })

const invalid = (issues: string[]): ContentState<never> => ({
  status: 'error',
  error: new ContractError(issues),
  kind: 'invalid',
})

/**
 * Where a widget's loaded content starts, first match in document order: its title or first
 * heading, the resources' count of results, or the dimensions' prompt to choose one.
 */
const LOADED_HEADING = '[part~="title"], h2, h3, [part~="count"], [part~="status"]'

const INLINE_SELECTOR = ':scope > script[type="application/json"]'

/**
 * Loads a widget's content from an inline `<script type="application/json">` child or, failing
 * that, from the CMS at the host's `api`. Every failure becomes an error state; nothing is thrown
 * into the host page.
 *
 * The state settles in `hostUpdate`, which Lit runs after the host's `willUpdate`: read it in
 * `render()`, or in an `update()` override before calling `super.update()`.
 */
export class ContentController<T> implements ReactiveController {
  state: ContentState<T> = { status: 'loading' }

  private loadedKey: string | undefined
  private inFlight?: AbortController
  private childObserver?: MutationObserver

  constructor(
    private readonly host: SecureBaseElement,
    private readonly contentOptions: ContentOptions<T>,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    // An inline script may be parsed or swapped after the element upgrades.
    this.childObserver = new MutationObserver((mutations) => {
      const touchesScript = (node: Node) =>
        node instanceof HTMLScriptElement || node.parentNode instanceof HTMLScriptElement
      const relevant = mutations.some(
        (m) => touchesScript(m.target) || [...m.addedNodes, ...m.removedNodes].some(touchesScript),
      )
      if (relevant) this.invalidate()
    })
    this.childObserver.observe(this.host, { childList: true, characterData: true, subtree: true })
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect()
    if (this.state.status === 'loading') {
      this.inFlight?.abort()
      this.loadedKey = undefined
    }
  }

  hostUpdate(): void {
    const key = this.currentKey()
    if (key === this.loadedKey) return
    // Content waits for the UI text of its language, which the locale controller is fetching.
    if (!this.host.i18n.ready) {
      this.inFlight?.abort()
      this.state = { status: 'loading' }
      return
    }
    this.startLoad(key)
  }

  /** What `secure-base-load` last told the page, so each settled load is reported once. */
  private reportedLoad = ''

  hostUpdated(): void {
    const { state } = this
    if (state.status === 'loading') {
      this.reportedLoad = ''
      return
    }
    if (this.retried) {
      this.retried = false
      this.focusAfterRetry()
    }
    const detail: LoadDetail = state.status === 'ready' ? { status: 'ready' } : { status: 'error', kind: state.kind }
    const key = JSON.stringify(detail)
    if (key === this.reportedLoad) return
    this.reportedLoad = key
    // The visitor sees a plain message; whoever wrote the content needs the reason and where it is.
    if (state.status === 'error') console.warn(`Secure Base widgets: <${this.host.localName}>: ${state.error.message}`)
    this.host.dispatchEvent(new CustomEvent('secure-base-load', { detail, bubbles: true, composed: true }))
  }

  /** Set by `retry()` until the next load settles, which then takes the focus the retry button had. */
  private retried = false

  /** Loads again, e.g. from an error state's retry button. */
  retry(): void {
    this.retried = true
    this.invalidate()
  }

  /**
   * The retry button goes away while loading, which drops the focus to the page's body. Give it to
   * the loaded widget's heading, or to the new retry button when it failed again.
   */
  private focusAfterRetry(): void {
    const root = this.host.renderRoot
    const target = root.querySelector<HTMLElement>(
      this.state.status === 'ready' ? LOADED_HEADING : '[part~="retry-button"]',
    )
    if (!target) return
    if (!target.hasAttribute('tabindex') && target.localName !== 'button') target.tabIndex = -1
    target.focus()
  }

  private invalidate(): void {
    this.loadedKey = undefined
    this.host.requestUpdate()
  }

  private currentKey(): string {
    return JSON.stringify([this.host.api ?? '', this.contentOptions.key?.() ?? '', this.host.i18n.locale])
  }

  private startLoad(key: string): void {
    this.loadedKey = key
    this.inFlight?.abort()
    const inline = this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR)
    if (inline) {
      this.state = this.readInline(inline.textContent ?? '')
      return
    }
    if (!this.host.api) {
      this.state = invalid(['(root): no inline JSON and no api attribute to load from'])
      return
    }
    const abort = new AbortController()
    this.inFlight = abort
    this.state = { status: 'loading' }
    void this.fetchFrom(this.host.api, abort)
  }

  private async fetchFrom(api: string, abort: AbortController): Promise<void> {
    const { signal } = abort
    const limit = this.host.timeout ?? DEFAULT_TIMEOUT
    const timer = setTimeout(() => abort.abort(TIMED_OUT), limit)
    let next: ContentState<T>
    try {
      const client = createDeliveryClient({ baseUrl: api, fetch: fetchLikePreload })
      const { meta, data } = await this.contentOptions.load(client, { locale: this.host.i18n.locale, signal })
      next = { status: 'ready', data, meta }
    } catch (cause) {
      next = await this.failure(cause, api, signal, limit)
    } finally {
      clearTimeout(timer)
    }
    if (abort !== this.inFlight || (signal.aborted && signal.reason !== TIMED_OUT)) return
    this.state = next
    this.host.requestUpdate()
  }

  private async failure(cause: unknown, api: string, signal: AbortSignal, limit: number): Promise<ContentState<T>> {
    if (signal.reason === TIMED_OUT)
      return {
        status: 'error',
        error: new DeliveryError('network', `${api} sent no content within ${limit} ms`),
        kind: 'timeout',
      }
    const error =
      cause instanceof DeliveryError || cause instanceof ContractError
        ? cause
        : new DeliveryError('network', cause instanceof Error ? cause.message : String(cause))
    const kind = errorKind(error)
    if (kind !== 'network' || signal.aborted) return { status: 'error', error, kind }
    if ((await unreadableKind(api, signal)) === 'network') return { status: 'error', error, kind }
    if (signal.reason === TIMED_OUT) return { status: 'error', error, kind: 'network' }
    const message = `${api} answers, but not to pages at ${location.origin}: add ${location.origin} to the agency's Allowed origins in the CMS`
    return { status: 'error', error: new DeliveryError('network', message), kind: 'not-allowed' }
  }

  private readInline(text: string): ContentState<T> {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return invalid(['(root): the inline script is not valid JSON'])
    }
    const isEnvelope = typeof parsed === 'object' && parsed !== null && 'meta' in parsed && 'data' in parsed
    if (isEnvelope) {
      const result = validate(v.strictObject({ meta: Meta, data: this.contentOptions.schema }), parsed)
      return result.ok ? { status: 'ready', data: result.value.data, meta: result.value.meta } : invalid(result.issues)
    }
    const result = validate(this.contentOptions.schema, parsed)
    return result.ok ? { status: 'ready', data: result.value, meta: null } : invalid(result.issues)
  }
}
