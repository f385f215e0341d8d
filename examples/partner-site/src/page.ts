import { escapeHtml } from '@secure-base/content'
import type { WidgetScript } from './manifest.ts'

export interface PageValues {
  /** The CMS origin the widgets read content from, e.g. `http://localhost:3000`. */
  cmsOrigin: string
  /** The checklist the page embeds, by slug. */
  checklist: string
  /** The bundle to load, or undefined while the CMS has never answered. */
  script: WidgetScript | undefined
}

const scriptTag = (script: WidgetScript): string =>
  `<script type="module" src="${escapeHtml(script.src)}" integrity="${escapeHtml(script.integrity)}" crossorigin="anonymous"></script>`

const unavailableNotice =
  '<p class="notice" role="status">Our interactive guides are taking a break right now. ' +
  'Please try again in a few minutes, or <a href="#contact">talk to us</a> in the meantime.</p>'

/**
 * What the embed snippets put before the script: a connection to the CMS opened while the head is
 * parsed, and each widget's content fetched beside the script rather than after it. Each URL is
 * the one that widget requests (path and `locale`, English on this page), and `crossorigin` gives
 * the preload the same CORS, no-cookie mode, so the browser hands the answer to the widget.
 */
export const contentHints = (cmsOrigin: string, checklist: string): string => {
  const api = `${cmsOrigin}/api/widget/v1`
  const urls = [
    `${api}/cycle?locale=en`,
    `${api}/dimensions?locale=en`,
    `${api}/checklists/${encodeURIComponent(checklist)}?locale=en`,
  ]
  return [
    `<link rel="preconnect" href="${escapeHtml(cmsOrigin)}" crossorigin>`,
    ...urls.map((url) => `<link rel="preload" as="fetch" href="${escapeHtml(url)}" crossorigin>`),
  ].join('\n    ')
}

/** Fills the page template: every value is escaped, the template itself is trusted. */
export const renderPage = (template: string, values: PageValues): string => {
  const slots: Record<string, string> = {
    cmsOrigin: escapeHtml(values.cmsOrigin),
    checklist: escapeHtml(values.checklist),
    // Without the script there is nothing to use the content, so nothing is fetched early either.
    contentHints: values.script ? contentHints(values.cmsOrigin, values.checklist) : '',
    widgetScript: values.script ? scriptTag(values.script) : '',
    cmsNotice: values.script ? '' : unavailableNotice,
  }
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => slots[name] ?? whole)
}

/** The page's Content-Security-Policy: the agency's own files, plus scripts and content from its CMS. */
export const contentSecurityPolicy = (cmsOrigin: string): string =>
  `default-src 'self'; script-src 'self' ${cmsOrigin}; style-src 'self'; connect-src ${cmsOrigin}`
