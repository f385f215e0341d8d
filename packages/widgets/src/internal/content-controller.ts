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
  private abort?: AbortController
  private childObserver?: MutationObserver

  constructor(
    private readonly host: SecureBaseElement,
    private readonly options: ContentOptions<T>,
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
      if (relevant) this.reload()
    })
    this.childObserver.observe(this.host, { childList: true, characterData: true, subtree: true })
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect()
    if (this.state.status === 'loading') {
      this.abort?.abort()
      this.loadedKey = undefined
    }
  }

  hostUpdate(): void {
    const key = this.currentKey()
    if (key === this.loadedKey) return
    // Content waits for the UI text of its language, which the locale controller is fetching.
    if (!this.host.i18n.ready) {
      this.abort?.abort()
      this.state = { status: 'loading' }
      return
    }
    this.start(key)
  }

  /** What `secure-base-load` last told the page, so each settled load is reported once. */
  private reported = ''

  hostUpdated(): void {
    const { state } = this
    if (state.status === 'loading') {
      this.reported = ''
      return
    }
    const detail: LoadDetail = state.status === 'ready' ? { status: 'ready' } : { status: 'error', kind: state.kind }
    const key = JSON.stringify(detail)
    if (key === this.reported) return
    this.reported = key
    this.host.dispatchEvent(new CustomEvent('secure-base-load', { detail, bubbles: true, composed: true }))
  }

  /** Loads again, e.g. from an error state's retry button. */
  retry(): void {
    this.reload()
  }

  private reload(): void {
    this.loadedKey = undefined
    this.host.requestUpdate()
  }

  private currentKey(): string {
    return JSON.stringify([this.host.api ?? '', this.options.key?.() ?? '', this.host.i18n.locale])
  }

  private locale(): Locale {
    return this.host.i18n.locale
  }

  private start(key: string): void {
    this.loadedKey = key
    this.abort?.abort()
    const inline = this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR)
    if (inline) {
      this.state = this.readInline(inline.textContent ?? '')
      return
    }
    if (!this.host.api) {
      this.state = {
        status: 'error',
        kind: 'invalid',
        error: new ContractError(['(root): no inline JSON and no api attribute to load from']),
      }
      return
    }
    const abort = new AbortController()
    this.abort = abort
    this.state = { status: 'loading' }
    void this.fetchFrom(this.host.api, abort)
  }

  private async fetchFrom(api: string, abort: AbortController): Promise<void> {
    let next: ContentState<T>
    try {
      const client = createDeliveryClient({ baseUrl: api })
      const { meta, data } = await this.options.load(client, { locale: this.locale(), signal: abort.signal })
      next = { status: 'ready', data, meta }
    } catch (cause) {
      if (abort.signal.aborted) return
      const error =
        cause instanceof DeliveryError || cause instanceof ContractError
          ? cause
          : new DeliveryError('network', cause instanceof Error ? cause.message : String(cause))
      next = { status: 'error', error, kind: errorKind(error) }
    }
    if (abort !== this.abort || abort.signal.aborted) return
    this.state = next
    this.host.requestUpdate()
  }

  private readInline(text: string): ContentState<T> {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      const error = new ContractError(['(root): the inline script is not valid JSON'])
      return { status: 'error', error, kind: 'invalid' }
    }
    const isEnvelope = typeof parsed === 'object' && parsed !== null && 'meta' in parsed && 'data' in parsed
    if (isEnvelope) {
      const result = validate(v.strictObject({ meta: Meta, data: this.options.schema }), parsed)
      if (result.ok) return { status: 'ready', data: result.value.data as T, meta: result.value.meta }
      return { status: 'error', error: new ContractError(result.issues), kind: 'invalid' }
    }
    const result = validate(this.options.schema, parsed)
    if (result.ok) return { status: 'ready', data: result.value as T, meta: null }
    return { status: 'error', error: new ContractError(result.issues), kind: 'invalid' }
  }
}
