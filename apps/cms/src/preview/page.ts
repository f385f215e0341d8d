import { escapeHtml, type Locale } from '@secure-base/content'

export const PREVIEW_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: https:",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** JSON inside a script element must not be able to close it. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

export type PreviewTag = 'secure-base-checklist' | 'secure-base-dimensions' | 'secure-base-cycle'

export interface PreviewPageOptions {
  locale: Locale
  title: string
  bundle: { path: string; integrity: string }
  endpoint: string
  tag: PreviewTag
  /** Attributes the widget needs besides its data, e.g. which dimension is open. */
  attributes: Record<string, string>
  initial: { ok: true; data: unknown } | { ok: false; message: string }
}

export const previewPage = ({
  locale,
  title,
  bundle,
  endpoint,
  tag,
  attributes,
  initial,
}: PreviewPageOptions): string => `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Draft preview: ${escapeHtml(title)}</title>
<script type="module" src="${escapeHtml(bundle.path)}" integrity="${escapeHtml(bundle.integrity)}" crossorigin="anonymous"></script>
<script type="module" src="/preview/client.js"></script>
</head>
<body data-preview-locale="${locale}" data-preview-endpoint="${escapeHtml(endpoint)}">
<p id="preview-status" ${initial.ok ? 'role="status">Draft preview: the saved draft, not yet published. Edits in the form appear here as you type.' : `role="alert">${escapeHtml(initial.message)}`}</p>
<${tag} data-preview-widget lang="${locale}"${Object.entries({
  ...attributes,
  ...(tag === 'secure-base-checklist' ? { 'storage-key': 'draft-preview' } : {}),
})
  .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
  .join('')}>${initial.ok ? `<script type="application/json">${scriptJson(initial.data)}</script>` : ''}</${tag}>
</body>
</html>
`
