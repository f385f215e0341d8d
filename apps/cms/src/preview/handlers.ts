import { API_VERSION, isLocale, type Locale, type Meta } from '@secure-base/content'
import type { Payload, TypedUser } from 'payload'
import { isRecord, type Unchecked } from '../lib/documents'
import type {
  CaregivingCycle as CycleDoc,
  Checklist as ChecklistDoc,
  Dimension as DimensionDoc,
} from '../payload-types'
import { MAIN_WIDGET_FILE, findWidgetFile } from '../widget-files/manifest'
import { previewChecklist } from './checklist'
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

/**
 * Per kind: the widget, where the page sends the form's values, which saved draft (a document of
 * type `Doc`) the page opens with, and how a draft is shaped.
 */
interface KindSpec<Doc> {
  tag: PreviewTag
  endpoint: string
  /** The page's title when the draft has none of its own. */
  untitled: (slug: string) => string
  /** The saved draft, by the slug in the page's address for a collection; `null` when there is none. */
  saved: (ctx: PreviewContext, slug: string) => Promise<Doc | null>
  /** What the page says in place of the widget when `saved` found nothing. */
  missing: (slug: string) => string
  /** Attributes the widget needs besides its data, e.g. which dimension is open. */
  attributes?: (slug: string) => Record<string, string>
  /** Shapes a saved draft or the form's unsaved values, whose fields are checked as they are read. */
  shape: (ctx: PreviewContext, doc: Unchecked<Doc>) => Promise<Shaped>
}

/** What a page or a form update needs of a kind, whatever its document type. */
interface Kind extends Pick<KindSpec<unknown>, 'tag' | 'endpoint' | 'untitled' | 'missing' | 'attributes'> {
  /** The saved draft's own title and the draft shaped; `null` when there is no saved draft. */
  opening: (ctx: PreviewContext, slug: string) => Promise<{ title: unknown; shaped: Shaped } | null>
  shapeForm: (ctx: PreviewContext, values: Record<string, unknown>) => Promise<Shaped>
}

const kind = <Doc extends { title: string } | { name: string }>({ saved, shape, ...rest }: KindSpec<Doc>): Kind => ({
  ...rest,
  opening: async (ctx, slug) => {
    const doc = await saved(ctx, slug)
    if (!doc) return null
    return { title: 'title' in doc ? doc.title : doc.name, shaped: await shape(ctx, doc) }
  },
  shapeForm: (ctx, values) => shape(ctx, values),
})

/** A collection's preview page names its draft by the slug in the address. */
const bySlug = <Slug extends 'checklists' | 'dimensions'>(collection: Slug) => ({
  untitled: (slug: string) => slug,
  saved: async ({ payload, locale, user }: PreviewContext, slug: string) => {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      ...draftRead(locale, user),
    })
    return found.docs[0] ?? null
  },
  missing: (slug: string) => `Nothing has the slug "${slug}" yet. Save the draft and the preview appears.`,
})

/**
 * The saved English text of the draft in the form, which Welsh gaps fall back to as they will once
 * it is published; the draft itself when it is English or has never been saved.
 */
const savedEnglish = async <Doc extends { id: string | number }>(
  { locale }: PreviewContext,
  doc: Unchecked<Doc>,
  read: (id: string | number) => Promise<Doc>,
): Promise<Unchecked<Doc>> => {
  const id = doc.id
  if (locale === 'en' || (typeof id !== 'string' && typeof id !== 'number')) return doc
  try {
    return await read(id)
  } catch {
    return doc
  }
}

const KINDS: Record<PreviewKind, Kind> = {
  checklists: kind<ChecklistDoc>({
    tag: 'secure-base-checklist',
    endpoint: '/preview/api/checklist',
    ...bySlug('checklists'),
    shape: async (ctx, doc) => {
      const english = await savedEnglish(ctx, doc, (id) =>
        ctx.payload.findByID({ collection: 'checklists', id, ...draftRead('en', ctx.user) }),
      )
      return previewChecklist(ctx.payload, ctx.locale, doc, english, ctx.origin)
    },
  }),
  dimensions: kind<DimensionDoc>({
    tag: 'secure-base-dimensions',
    endpoint: '/preview/api/dimensions',
    ...bySlug('dimensions'),
    attributes: (slug) => ({ selected: slug }),
    shape: async (ctx, doc) => {
      const english = await savedEnglish(ctx, doc, (id) =>
        ctx.payload.findByID({ collection: 'dimensions', id, ...draftRead('en', ctx.user) }),
      )
      return previewDimensions(ctx.payload, ctx.locale, doc, english)
    },
  }),
  cycle: kind<CycleDoc>({
    tag: 'secure-base-cycle',
    endpoint: '/preview/api/cycle',
    untitled: () => 'Caregiving cycle',
    saved: ({ payload, locale, user }) => savedCycleDraft(payload, locale, user),
    missing: () => 'The saved caregiving cycle could not be read. Reload the preview; if it persists, sign in again.',
    shape: ({ payload, locale, user }, doc) => previewCycle(payload, locale, doc, user),
  }),
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
  meta: {
    apiVersion: API_VERSION,
    locale,
    fallbackLocale: 'en',
    fallbacks: shaped.fallbacks,
    updatedAt: new Date().toISOString(),
  },
  data: shaped.data,
})

/**
 * `GET /preview/<checklists|dimensions>/<slug>` and `GET /preview/cycle`: the saved draft in its
 * widget; drafts are for signed-in staff only.
 */
export const servePreviewPage = async (
  payload: Payload,
  request: Request,
  kind: PreviewKind,
  slug = '',
): Promise<Response> => {
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
  if (!bundle)
    return jsonError(503, 'widgets-not-built', 'The widget files are not built; build them and restart the CMS.')
  const opening = await spec.opening(ctx, slug)
  const initial: Shaped = opening?.shaped ?? { ok: false, message: spec.missing(slug) }
  const ownTitle = typeof opening?.title === 'string' && opening.title.trim() !== '' ? opening.title : undefined
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
  const { locale, doc } = isRecord(body) ? body : {}
  if (!isRecord(doc))
    return jsonError(400, 'bad-draft', 'The body needs a "doc" object holding the document’s form values.')
  if (locale !== undefined && !isLocale(locale))
    return jsonError(400, 'bad-locale', `"${String(locale)}" is not a language the CMS has.`)
  const ctx: PreviewContext = { payload, locale: localeOf(locale), user, origin: new URL(request.url).origin }
  const result = await KINDS[kind].shapeForm(ctx, doc)
  if (!result.ok) return jsonError(400, 'draft-incomplete', result.message)
  return Response.json(envelope(ctx.locale, result), { headers: PRIVATE })
}

export const servePreviewClient = (): Response =>
  new Response(`(${previewClient.toString()})();\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
