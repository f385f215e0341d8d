import type { Checklist, ChecklistResponse } from '@secure-base/content'
import { ANSWERS, EVIDENCE_HINT, NOT_RATED, RATING_HINT, RATING_VALUES, radioCount, ratings } from './checklist-form.js'
import { surveyJson } from './survey.js'

/**
 * The pages the speed bench loads. Every page that is timed from navigation has the same shape: the
 * same head, the same probe inlined first in it (so it is running before the body is parsed), and
 * the form in the body; the page's `data-subject` tells the probe where the radios will appear and
 * `data-radios` how many make the whole form.
 */

export type Subject = 'floor' | 'ours' | 'peer'

export const BUNDLE_PATH = '/secure-base-widgets.js'
export const SURVEY_PATHS = {
  core: '/surveyjs/survey.core.min.js',
  ui: '/surveyjs/survey-js-ui.min.js',
  css: '/surveyjs/survey-core.fontless.min.css',
  start: '/surveyjs/start.js',
} as const

/** The delivery API path the widget reads a checklist from, relative to its `api` attribute. */
export const deliveryPath = (slug: string): string => `/api/widget/v1/checklists/${encodeURIComponent(slug)}`

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

/** JSON inside a script element must not be able to close it. */
const inlineJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c')

/** The words of a rich-text tree, for the floor's introduction paragraph. */
const plainText = (node: unknown): string => {
  if (Array.isArray(node)) return node.map(plainText).join(' ')
  if (typeof node !== 'object' || node === null) return ''
  return 'text' in node && typeof node.text === 'string'
    ? node.text
    : plainText((node as { children?: unknown }).children)
}

const pageShell = (
  { subject, radios, title }: { subject: Subject; radios: number; title: string },
  probe: string,
  head: string,
  body: string,
): string => `<!doctype html>
<html lang="en" data-subject="${subject}" data-radios="${radios}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(title)}</title>
<script>${probe}</script>
${head}
</head>
<body>
${body}
</body>
</html>`

/** The floor: the same questions as a form a server writes out, no script of its own and no styles. */
export const floorPage = (checklist: Checklist, probe: string): string => {
  const sections = checklist.sections.map((section, s) => {
    const items = section.items.map((item, i) => {
      const name = `q-${s}-${i}`
      const choices = ANSWERS.map(
        (a) => `<label><input type="radio" name="${name}" value="${a.value}">${a.label}</label>`,
      ).join('\n')
      return `<fieldset>
<legend>${escape(item.question)}</legend>
${choices}
<label for="${name}-note">${escape(item.evidencePrompt || EVIDENCE_HINT)}</label>
<textarea id="${name}-note" name="${name}-note" rows="2"></textarea>
</fieldset>`
    })
    const rated = checklist.asksRating
      ? [
          `<p>${escape(RATING_HINT)}</p>`,
          ...ratings(section).map((rating) => {
            const choices = [['', NOT_RATED], ...RATING_VALUES.map((v) => [String(v), String(v)])]
              .map(
                ([value, label]) =>
                  `<label><input type="radio" name="rating:${rating.key}" value="${value}">${label}</label>`,
              )
              .join('\n')
            return `<fieldset>\n<legend>${escape(rating.legend)}</legend>\n${choices}\n</fieldset>`
          }),
        ]
      : []
    return `<section aria-labelledby="section-${s}">
<h3 id="section-${s}">${escape(section.dimension.name)}</h3>
<p>${escape(section.dimension.subtitle)}</p>
${[...items, ...rated].join('\n')}
</section>`
  })
  return pageShell(
    { subject: 'floor', radios: radioCount(checklist), title: checklist.title },
    probe,
    '',
    `<form method="post" action="/answers">
<h2>${escape(checklist.title)}</h2>
<p>${escape(plainText(checklist.introduction))}</p>
${sections.join('\n')}
<button>Save</button>
</form>`,
  )
}

/** Ours as a partner embeds it: the module script, and the content inline or fetched from `api`. */
export const oursPage = (
  response: ChecklistResponse,
  probe: string,
  content: { inline: true } | { api: string },
): string =>
  pageShell(
    { subject: 'ours', radios: radioCount(response.data), title: response.data.title },
    probe,
    `<script type="module" src="${BUNDLE_PATH}"></script>`,
    'api' in content
      ? `<secure-base-checklist api="${escape(content.api)}" checklist="${escape(response.data.slug)}"></secure-base-checklist>`
      : `<secure-base-checklist checklist="${escape(response.data.slug)}"><script type="application/json">${inlineJson(response)}</script></secure-base-checklist>`,
  )

/** The peer: SurveyJS as its plain-JavaScript guide sets it up, with the same questions as inline JSON. */
export const peerPage = (checklist: Checklist, probe: string): string =>
  pageShell(
    { subject: 'peer', radios: radioCount(checklist), title: checklist.title },
    probe,
    `<link rel="stylesheet" href="${SURVEY_PATHS.css}">
<script defer src="${SURVEY_PATHS.core}"></script>
<script defer src="${SURVEY_PATHS.ui}"></script>
<script defer src="${SURVEY_PATHS.start}"></script>`,
    `<div id="survey"></div>
<script type="application/json" id="survey-json">${inlineJson(surveyJson(checklist))}</script>`,
  )

/**
 * Ours timed from script start, the bench's longest-running measure: the bundle is preloaded,
 * and the probe module imports it once the bytes are there, so the clock covers only evaluating it.
 */
export const scriptStartPage = (response: ChecklistResponse): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(response.data.title)}</title>
<link rel="icon" href="data:,">
<link rel="modulepreload" href="${BUNDLE_PATH}">
<script type="module" src="/probe.js"></script>
</head>
<body>
<secure-base-checklist checklist="${escape(response.data.slug)}"><script type="application/json">${inlineJson(response)}</script></secure-base-checklist>
</body>
</html>`
