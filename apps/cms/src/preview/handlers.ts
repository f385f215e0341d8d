import type { Locale } from '@secure-base/content'
import type { Payload } from 'payload'
import type { RawDoc } from '../delivery/source'
import { MAIN_WIDGET_FILE, findWidgetFile } from '../widgets/manifest'
import { isLocale, previewChecklist } from './checklist'
import { previewDimensions } from './dimensions'
import { previewClient } from './client'
import { PREVIEW_CSP, previewPage } from './page'

export type PreviewKind = 'checklists' | 'dimensions'

type Shaped = { ok: true; data: unknown } | { ok: false; message: string }

/** Per collection: the widget, where the page sends the form's values, and how a draft is shaped for the widget. */
const KINDS: Record<PreviewKind, {
  tag: 'secure-base-checklist' | 'secure-base-dimensions'
  endpoint: string
  slugAttribute?: string
  shape: (payload: Payload, locale: Locale, doc: RawDoc, origin: string) => Promise<Shaped>
}> = {
  checklists: { tag: 'secure-base-checklist', endpoint: '/preview/api/checklist', shape: previewChecklist },
  dimensions: {
    tag: 'secure-base-dimensions',
    endpoint: '/preview/api/dimensions',
    slugAttribute: 'selected',
    shape: (payload, locale, doc) => previewDimensions(payload, locale, doc),
  },
}

const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

const jsonError = (status: number, code: string, message: string) =>
  Response.json({ error: { status, code, message } }, { status, headers: PRIVATE })

const signedIn = async (payload: Payload, request: Request) => {
  try {
    return (await payload.auth({ headers: request.headers })).user
  } catch {
    return null
  }
}

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : 'en')

/** `GET /preview/<checklists|dimensions>/<slug>`: the saved draft in its widget; drafts are for signed-in staff only. */
export const servePreviewPage = async (payload: Payload, request: Request, kind: PreviewKind, slug: string): Promise<Response> => {
  const spec = KINDS[kind]
  const user = await signedIn(payload, request)
  if (!user)
    return new Response('Sign in to the Secure Base admin to preview drafts: /admin/login', {
      status: 401,
      headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const url = new URL(request.url)
  const locale = localeOf(url.searchParams.get('locale'))
  const bundle = findWidgetFile(MAIN_WIDGET_FILE)
  if (!bundle) return jsonError(503, 'widgets-not-built', 'The widget files are not built; build them and restart the CMS.')
  const found = await payload.find({
    collection: kind,
    where: { slug: { equals: slug } },
    draft: true,
    locale,
    user,
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  const doc = found.docs[0] as unknown as RawDoc | undefined
  const initial = doc
    ? await spec.shape(payload, locale, doc, url.origin)
    : ({ ok: false, message: `Nothing has the slug "${slug}" yet. Save the draft and the preview appears.` } as const)
  const html = previewPage({
    locale,
    title: typeof doc?.title === 'string' ? doc.title : typeof doc?.name === 'string' ? doc.name : slug,
    bundle,
    endpoint: spec.endpoint,
    tag: spec.tag,
    attributes: spec.slugAttribute ? { [spec.slugAttribute]: slug } : {},
    initial,
  })
  return new Response(html, {
    status: 200,
    headers: { ...PRIVATE, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PREVIEW_CSP },
  })
}

/** `POST /preview/api/<checklist|dimensions>` with `{locale, doc}`: the admin form's unsaved values in the contract shape. */
export const servePreviewData = async (payload: Payload, request: Request, kind: PreviewKind): Promise<Response> => {
  if (!(await signedIn(payload, request))) return jsonError(401, 'sign-in-required', 'Sign in to the admin to preview drafts.')
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return jsonError(400, 'bad-json', 'Send {"locale": "en" | "cy", "doc": {…}} as JSON.')
  }
  const { locale, doc } = (body ?? {}) as { locale?: unknown; doc?: unknown }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return jsonError(400, 'bad-draft', 'The body needs a "doc" object holding the document’s form values.')
  if (locale !== undefined && !isLocale(locale)) return jsonError(400, 'bad-locale', `"${String(locale)}" is not a language the CMS has.`)
  const result = await KINDS[kind].shape(payload, localeOf(locale), doc as RawDoc, new URL(request.url).origin)
  if (!result.ok) return jsonError(400, 'draft-incomplete', result.message)
  return Response.json({ data: result.data }, { headers: PRIVATE })
}

export const servePreviewClient = (): Response =>
  new Response(`(${previewClient.toString()})();\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
