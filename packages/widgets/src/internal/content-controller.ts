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

export type ContentErrorKind = 'network' | 'http' | 'not-found' | 'invalid'

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

const invalid = (issues: string[]): ContentState<never> => ({ status: 'error', error: new ContractError(issues), kind: 'invalid' })

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
      const touchesScript = (node: Node) => node instanceof HTMLScriptElement || node.parentNode instanceof HTMLScriptElement
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
    const detail: LoadDetail = state.status === 'ready' ? { status: 'ready' } : { status: 'error', kind: state.kind }
    const key = JSON.stringify(detail)
    if (key === this.reportedLoad) return
    this.reportedLoad = key
    // The visitor sees a plain message; whoever wrote the content needs the reason and where it is.
    if (state.status === 'error') console.warn(`Secure Base widgets: <${this.host.localName}>: ${state.error.message}`)
    this.host.dispatchEvent(new CustomEvent('secure-base-load', { detail, bubbles: true, composed: true }))
  }

  /** Loads again, e.g. from an error state's retry button. */
  retry(): void {
    this.invalidate()
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
    let next: ContentState<T>
    try {
      const client = createDeliveryClient({ baseUrl: api })
      const { meta, data } = await this.contentOptions.load(client, { locale: this.host.i18n.locale, signal: abort.signal })
      next = { status: 'ready', data, meta }
    } catch (cause) {
      if (abort.signal.aborted) return
      const error =
        cause instanceof DeliveryError || cause instanceof ContractError
          ? cause
          : new DeliveryError('network', cause instanceof Error ? cause.message : String(cause))
      next = { status: 'error', error, kind: errorKind(error) }
    }
    if (abort !== this.inFlight || abort.signal.aborted) return
    this.state = next
    this.host.requestUpdate()
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
      return result.ok ? { status: 'ready', data: result.value.data as T, meta: result.value.meta } : invalid(result.issues)
    }
    const result = validate(this.contentOptions.schema, parsed)
    return result.ok ? { status: 'ready', data: result.value as T, meta: null } : invalid(result.issues)
  }
}
