/**
 * The preview page's only script, served as a file so the page runs under a CSP without inline
 * scripts. It is written as one self-contained function (no imports, no outer names) because it
 * is sent to the browser as its own source text.
 */
export function previewClient(): void {
  const body = document.body
  const locale = body.dataset.previewLocale || 'en'
  const endpoint = body.dataset.previewEndpoint || ''
  const status = document.getElementById('preview-status')
  const widget = document.querySelector('[data-preview-widget]')
  if (!widget || !endpoint) return

  const say = (text: string, isError: boolean) => {
    if (!status) return
    status.textContent = text
    status.setAttribute('role', isError ? 'alert' : 'status')
    status.className = isError ? 'preview-error' : ''
  }

  const show = (data: unknown) => {
    let script = widget.querySelector('script[type="application/json"]')
    if (!script) {
      script = document.createElement('script')
      script.setAttribute('type', 'application/json')
      widget.append(script)
    }
    script.textContent = JSON.stringify(data)
  }

  /** A field of a JSON object read from the network, or undefined; the answers are not trusted to have a shape. */
  const field = (value: unknown, name: string): unknown =>
    typeof value === 'object' && value !== null && name in value
      ? Object.getOwnPropertyDescriptor(value, name)?.value
      : undefined

  let running = false
  let pending: { doc: unknown; locale: string } | null = null

  const send = async () => {
    if (running || !pending) return
    running = true
    const next = pending
    pending = null
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(next),
      })
      const answer: unknown = await response.json()
      const data = field(answer, 'data')
      const message = field(field(answer, 'error'), 'message')
      if (response.ok && data) {
        show({ meta: field(answer, 'meta'), data })
        say('Draft preview: showing your latest changes, not yet published.', false)
      } else {
        say(typeof message === 'string' && message ? message : 'The preview could not be updated.', true)
      }
    } catch {
      say('The preview could not reach the CMS; your changes are still in the form.', true)
    } finally {
      running = false
      void send()
    }
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== window.location.origin) return
    const message: unknown = event.data
    const doc = field(message, 'data')
    const docLocale = field(message, 'locale')
    if (field(message, 'type') !== 'payload-live-preview' || !doc) return
    pending = { doc, locale: typeof docLocale === 'string' && docLocale ? docLocale : locale }
    void send()
  })

  // Tells the admin's live-preview pane that this page listens, so it starts sending the form's values.
  if (window.parent !== window)
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
}
