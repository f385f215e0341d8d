import { API_VERSION, type Locale, type Meta } from '@secure-base/content'
import type { Payload, TypedUser } from 'payload'
import type { RawDoc } from '../delivery/source'
import { MAIN_WIDGET_FILE, findWidgetFile } from '../widgets/manifest'
import { isLocale, previewChecklist } from './checklist'
import { draftRead, previewCycle, savedCycleDraft } from './cycle'
import { previewDimensions } from './dimensions'
import { previewClient } from './client'
import { PREVIEW_CSP, previewPage, type PreviewTag } from './page'

export type PreviewKind = 'checklists' | 'dimensions' | 'cycle'

type Shaped = { ok: true; data: unknown; fallbacks: string[] } | { ok: false; message: string }

interface PreviewContext {
  payload: Payload
  locale: Locale
  user: TypedUser
  origin: string
}

/** Per kind: the widget, where the page sends the form's values, which saved draft the page opens with, and how a draft is shaped. */
interface KindSpec {
  tag: PreviewTag
  endpoint: string
  /** The page's title when the draft has none of its own. */
  untitled: (slug: string) => string
  /** The saved draft, by the slug in the page's address for a collection; `null` when there is none. */
  saved: (ctx: PreviewContext, slug: string) => Promise<RawDoc | null>
  /** What the page says in place of the widget when `saved` found nothing. */
  missing: (slug: string) => string
  /** Attributes the widget needs besides its data, e.g. which dimension is open. */
  attributes?: (slug: string) => Record<string, string>
  shape: (ctx: PreviewContext, doc: RawDoc) => Promise<Shaped>
}

/** A collection's preview page names its draft by the slug in the address. */
const bySlug = (collection: 'checklists' | 'dimensions'): Pick<KindSpec, 'untitled' | 'saved' | 'missing'> => ({
  untitled: (slug) => slug,
  saved: async ({ payload, locale, user }, slug) => {
    const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, ...draftRead(locale, user) })
    return (found.docs[0] as unknown as RawDoc | undefined) ?? null
  },
  missing: (slug) => `Nothing has the slug "${slug}" yet. Save the draft and the preview appears.`,
})

/**
 * The saved English text of the draft in the form, which Welsh gaps fall back to as they will once
 * it is published; the draft itself when it is English or has never been saved.
 */
const savedEnglish = async (collection: 'checklists' | 'dimensions', { payload, locale, user }: PreviewContext, doc: RawDoc): Promise<RawDoc> => {
  if (locale === 'en' || doc.id === undefined || doc.id === null) return doc
  try {
    return (await payload.findByID({ collection, id: doc.id as string | number, ...draftRead('en', user) })) as unknown as RawDoc
  } catch {
    return doc
  }
}

const KINDS: Record<PreviewKind, KindSpec> = {
  checklists: {
    tag: 'secure-base-checklist',
    endpoint: '/preview/api/checklist',
    ...bySlug('checklists'),
    shape: async (ctx, doc) => previewChecklist(ctx.payload, ctx.locale, doc, await savedEnglish('checklists', ctx, doc), ctx.origin),
  },
  dimensions: {
    tag: 'secure-base-dimensions',
    endpoint: '/preview/api/dimensions',
    ...bySlug('dimensions'),
    attributes: (slug) => ({ selected: slug }),
    shape: async (ctx, doc) => previewDimensions(ctx.payload, ctx.locale, doc, await savedEnglish('dimensions', ctx, doc)),
  },
  cycle: {
    tag: 'secure-base-cycle',
    endpoint: '/preview/api/cycle',
    untitled: () => 'Caregiving cycle',
    saved: ({ payload, locale, user }) => savedCycleDraft(payload, locale, user),
    missing: () => 'The saved caregiving cycle could not be read. Reload the preview; if it persists, sign in again.',
    shape: ({ payload, locale, user }, doc) => previewCycle(payload, locale, doc, user),
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

/** The delivery API's envelope, so the widget marks the Welsh gaps filled with English as it will once published. */
const envelope = (locale: Locale, shaped: Extract<Shaped, { ok: true }>): { meta: Meta; data: unknown } => ({
  meta: { apiVersion: API_VERSION, locale, fallbackLocale: 'en', fallbacks: shaped.fallbacks, updatedAt: new Date().toISOString() },
  data: shaped.data,
})

/**
 * `GET /preview/<checklists|dimensions>/<slug>` and `GET /preview/cycle`: the saved draft in its
 * widget; drafts are for signed-in staff only.
 */
export const servePreviewPage = async (payload: Payload, request: Request, kind: PreviewKind, slug = ''): Promise<Response> => {
  const spec = KINDS[kind]
  const user = await signedIn(payload, request)
  if (!user)
    return new Response('Sign in to the Secure Base admin to preview drafts: /admin/login', {
      status: 401,
      headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const url = new URL(request.url)
  const ctx: PreviewContext = { payload, locale: localeOf(url.searchParams.get('locale')), user, origin: url.origin }
  const bundle = findWidgetFile(MAIN_WIDGET_FILE)
  if (!bundle) return jsonError(503, 'widgets-not-built', 'The widget files are not built; build them and restart the CMS.')
  const doc = await spec.saved(ctx, slug)
  const initial: Shaped = doc ? await spec.shape(ctx, doc) : { ok: false, message: spec.missing(slug) }
  const ownTitle = [doc?.title, doc?.name].find((t): t is string => typeof t === 'string' && t.trim() !== '')
  const html = previewPage({
    locale: ctx.locale,
    title: ownTitle ?? spec.untitled(slug),
    bundle,
    endpoint: spec.endpoint,
    tag: spec.tag,
    attributes: spec.attributes?.(slug) ?? {},
    initial: initial.ok ? { ok: true, data: envelope(ctx.locale, initial) } : initial,
  })
  return new Response(html, {
    status: 200,
    headers: { ...PRIVATE, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PREVIEW_CSP },
  })
}

/** `POST /preview/api/<checklist|dimensions|cycle>` with `{locale, doc}`: the admin form's unsaved values in the contract shape. */
export const servePreviewData = async (payload: Payload, request: Request, kind: PreviewKind): Promise<Response> => {
  const user = await signedIn(payload, request)
  if (!user) return jsonError(401, 'sign-in-required', 'Sign in to the admin to preview drafts.')
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
  const ctx: PreviewContext = { payload, locale: localeOf(locale), user, origin: new URL(request.url).origin }
  const result = await KINDS[kind].shape(ctx, doc as RawDoc)
  if (!result.ok) return jsonError(400, 'draft-incomplete', result.message)
  return Response.json(envelope(ctx.locale, result), { headers: PRIVATE })
}

export const servePreviewClient = (): Response =>
  new Response(`(${previewClient.toString()})();\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
