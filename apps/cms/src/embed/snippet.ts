/**
 * Embed snippets as editors copy them from the admin. Kept free of Node imports: the admin's
 * client component and the server tests build the same text from the same function.
 */
import { API_PREFIX, CARE_SETTINGS, DIMENSION_SLUGS, escapeHtml } from '@secure-base/content'

export interface SnippetScript {
  /** The versioned path of the bundle on the CMS, e.g. `/widgets/1.0.0-3f9a…/secure-base-widgets.js`. */
  path: string
  integrity: string
}

export interface SnippetElement {
  tag: 'secure-base-checklist' | 'secure-base-cycle' | 'secure-base-dimensions' | 'secure-base-resources'
  /** Attributes after `api`; `true` writes a bare boolean attribute, `false` or empty leaves it out. */
  attributes?: Record<string, string | boolean | undefined>
}

export interface SnippetOptions {
  /** The CMS origin partner pages reach, e.g. `https://cms.example.org`. */
  cmsOrigin: string
  script: SnippetScript
  element: SnippetElement
  lang?: string
}

const trimOrigin = (origin: string): string => origin.replace(/\/+$/, '')

/**
 * The directive a partner page that enforces Trusted Types (`require-trusted-types-for 'script'`)
 * adds to its Content-Security-Policy: Lit, inside the widgets' script, renders through a policy
 * named `lit-html`, and a page that loads the script twice (or runs Lit itself) needs
 * `'allow-duplicates'`. Without it each widget shows a one-line note instead of its content and the
 * browser console names this directive. The widgets README documents the same line.
 */
export const TRUSTED_TYPES_DIRECTIVE = "trusted-types lit-html 'allow-duplicates'"

/** The Content-Security-Policy directives a partner page needs for the snippet, for the embed help. */
export const pagePolicyFor = (cmsOrigin: string): string[] => {
  const origin = trimOrigin(cmsOrigin)
  return [
    `script-src ${origin}`,
    `connect-src ${origin}`,
    `require-trusted-types-for 'script'; ${TRUSTED_TYPES_DIRECTIVE}`,
  ]
}

/** The widget's UI language for a `lang` tag, as the widgets read it: Welsh, or else English. */
const uiLocale = (lang: string | undefined): 'cy' | 'en' =>
  (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'cy' ? 'cy' : 'en'

const attribute = (element: SnippetElement, name: string): string | undefined => {
  const value = element.attributes?.[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

const oneOf = (list: readonly string[], value: string | undefined): string | undefined =>
  value !== undefined && list.includes(value) ? value : undefined

/**
 * The delivery URL the element will request, byte for byte as the widgets' client builds it (the
 * path, then `locale` and the resources' filters in that order), so that the browser can hand the
 * preloaded answer to the widget. The language is the snippet's `lang`, English without one.
 */
export const contentUrlFor = (cmsOrigin: string, element: SnippetElement, lang?: string): string => {
  const root = trimOrigin(cmsOrigin) + API_PREFIX
  const locale = uiLocale(lang)
  switch (element.tag) {
    case 'secure-base-checklist':
      return `${root}/checklists/${encodeURIComponent(attribute(element, 'checklist') ?? '')}?${new URLSearchParams({ locale })}`
    case 'secure-base-cycle':
      return `${root}/cycle?${new URLSearchParams({ locale })}`
    case 'secure-base-dimensions':
      return `${root}/dimensions?${new URLSearchParams({ locale })}`
    case 'secure-base-resources': {
      const filters = {
        locale,
        dimension: oneOf(DIMENSION_SLUGS, attribute(element, 'dimension')),
        setting: oneOf(CARE_SETTINGS, attribute(element, 'setting')),
        language: attribute(element, 'language'),
      }
      const entries = Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined)
      return `${root}/resources?${new URLSearchParams(entries)}`
    }
  }
}

/**
 * Resource hints that let the content download beside the script rather than after it: open the
 * connection to the CMS while the page's head is parsed, and fetch the exact delivery URL the
 * widget will ask for. `crossorigin` makes both the CORS, no-cookie kind the widget's own request
 * is, so the browser hands the preloaded answer over instead of fetching it a second time.
 */
export const contentHints = (cmsOrigin: string, element: SnippetElement, lang?: string): string[] => [
  `<link rel="preconnect" href="${escapeHtml(trimOrigin(cmsOrigin))}" crossorigin>`,
  `<link rel="preload" as="fetch" href="${escapeHtml(contentUrlFor(cmsOrigin, element, lang))}" crossorigin>`,
]

export const embedSnippet = ({ cmsOrigin, script, element, lang }: SnippetOptions): string => {
  const origin = trimOrigin(cmsOrigin)
  const attributes: [string, string | boolean | undefined][] = [
    ['api', origin],
    ...Object.entries(element.attributes ?? {}),
    ['lang', lang],
  ]
  const written = attributes
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(String(value))}"`))
  return [
    ...contentHints(origin, element, lang),
    `<script type="module" src="${escapeHtml(origin + script.path)}" integrity="${escapeHtml(script.integrity)}" crossorigin="anonymous"></script>`,
    `<${element.tag} ${written.join(' ')}></${element.tag}>`,
  ].join('\n')
}

export type PageOriginCheck =
  | { status: 'empty' }
  | { status: 'invalid'; message: string }
  | { status: 'allowed'; origin: string }
  | { status: 'not-allowed'; origin: string; message: string }

/**
 * Whether a page at `pageAddress` would get content: the browser sends the page's origin, and
 * the delivery API answers only origins the agency lists.
 */
export const checkPageOrigin = (pageAddress: string, allowedOrigins: readonly string[]): PageOriginCheck => {
  const typed = pageAddress.trim()
  if (typed === '') return { status: 'empty' }
  let url: URL
  try {
    url = new URL(typed)
  } catch {
    return { status: 'invalid', message: `"${typed}" is not a web address: write it in full, starting with https://.` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      status: 'invalid',
      message: `"${typed}" is not a web page address: it must start with https:// or http://.`,
    }
  const origin = url.origin
  if (allowedOrigins.includes(origin)) return { status: 'allowed', origin }
  const listed = allowedOrigins.length ? `It lists ${allowedOrigins.join(', ')}.` : 'It lists no origins yet.'
  return {
    status: 'not-allowed',
    origin,
    message: `${origin} is not among this agency’s allowed origins, so a page there would get no content. Add ${origin} under Allowed origins and save. ${listed}`,
  }
}

/** The bundle entry from `/widgets/manifest.json`. */
export const MAIN_BUNDLE = 'secure-base-widgets.js'

export interface ManifestBody {
  basePath: string
  files: { file: string; path: string; integrity: string; version: string }[]
}

export const mainBundle = (manifest: ManifestBody): SnippetScript | undefined =>
  manifest.files.find((entry) => entry.file === MAIN_BUNDLE)
