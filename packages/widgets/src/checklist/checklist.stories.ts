import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import en from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import cy from '@secure-base/content/fixtures/checklist-5-10-years.cy.json'
import '../define/checklist.js'

/**
 * Stories show each state of the checklist. Storybook has no CMS behind it, so the stories that
 * load over HTTP point at `https://cms.example.org`, which a small responder below answers from
 * the contract fixtures inside the browser; the widget's own fetch and validation still run.
 */

const STORY_CMS = 'https://cms.example.org'
let attempts = 0

const respond = (url: URL): Promise<Response> => {
  const json = (status: number, body: unknown) =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }))
  if (url.pathname.startsWith('/hang/')) return new Promise<Response>(() => undefined)
  if (url.pathname.startsWith('/status/404/'))
    return json(404, { error: { status: 404, code: 'not-found', message: 'No such checklist' } })
  if (url.pathname.startsWith('/fail-once/') && attempts++ % 2 === 0)
    return json(503, { error: { status: 503, code: 'unavailable', message: 'Try again' } })
  return json(200, url.searchParams.get('locale') === 'cy' ? cy : en)
}

const installResponder = () => {
  const w = window as Window & { __secureBaseStoryFetch?: boolean }
  if (w.__secureBaseStoryFetch) return
  w.__secureBaseStoryFetch = true
  const realFetch = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    return url.origin === STORY_CMS ? respond(url) : realFetch(input, init)
  }
}

const saved = (
  answers: Record<string, { status?: string; note?: string }>,
  ratings: Record<string, number | null>,
  completions: unknown[] = [],
) =>
  JSON.stringify({
    format: 'secure-base-checklist-answers',
    formatVersion: 1,
    checklist: en.data.slug,
    version: en.data.version,
    savedAt: new Date().toISOString(),
    answers,
    ratings,
    completions,
  })

const partlyDone = () =>
  saved(
    {
      'av-1': { status: 'seen', note: 'Came to find me after a nightmare and settled quickly.' },
      'av-2': { status: 'not-sure' },
      'se-1': { status: 'seen' },
      'ac-2': { status: 'not-yet' },
    },
    { availability: 6 },
  )

const complete = () =>
  saved(
    Object.fromEntries(
      en.data.sections
        .flatMap((s) => s.items)
        .map((item, i) => [item.id, { status: ['seen', 'seen', 'not-yet', 'not-sure'][i % 4] }]),
    ),
    {
      availability: 7,
      sensitivity: 5,
      acceptance: 6,
      'co-operation': 4,
      'family-membership/this-family': 8,
      'family-membership/birth-family': 3,
    },
    [
      {
        date: '2026-06-01T10:00:00.000Z',
        version: en.data.version,
        ratings: {
          availability: 4,
          sensitivity: 3,
          acceptance: 5,
          'co-operation': 4,
          'family-membership/this-family': 5,
          'family-membership/birth-family': 3,
        },
        counts: {},
      },
    ],
  )

const inline = (data: unknown) =>
  html`<script type="application/json">
    ${JSON.stringify(data)}
  </script>`

/** Opens the summary once the checklist has rendered, as a visitor pressing "See summary" would. */
const openSummary = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('secure-base-checklist')!
  for (let i = 0; i < 100; i++) {
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="summary"]')
    if (button) return button.click()
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
}

const meta: Meta = {
  title: 'Widgets/Checklist',
  component: 'secure-base-checklist',
  decorators: [(story) => (installResponder(), story())],
  parameters: { layout: 'padded' },
}
export default meta

type Story = StoryObj

export const FromInlineJson: Story = {
  render: () => html`<secure-base-checklist storage-key="story-fresh">${inline(en)}</secure-base-checklist>`,
}

export const FromTheCms: Story = {
  render: () =>
    html`<secure-base-checklist
      api=${STORY_CMS}
      checklist="5-10-years"
      storage-key="story-cms"
    ></secure-base-checklist>`,
}

export const Loading: Story = {
  render: () => html`<secure-base-checklist api=${`${STORY_CMS}/hang`} checklist="5-10-years"></secure-base-checklist>`,
}

export const ErrorNotFound: Story = {
  name: 'Error',
  render: () =>
    html`<secure-base-checklist api=${`${STORY_CMS}/status/404`} checklist="5-10-years"></secure-base-checklist>`,
}

export const ErrorThatRecovers: Story = {
  render: () =>
    html`<secure-base-checklist
      api=${`${STORY_CMS}/fail-once`}
      checklist="5-10-years"
      storage-key="story-retry"
    ></secure-base-checklist>`,
}

export const EmptyChecklist: Story = {
  render: () =>
    html`<secure-base-checklist storage-key="story-empty"
      >${inline({ ...en.data, sections: [] })}</secure-base-checklist
    >`,
}

export const PartlyDone: Story = {
  render: () => {
    localStorage.setItem('secure-base-checklist:story-partly:inline:5-10-years', partlyDone())
    return html`<secure-base-checklist storage-key="story-partly">${inline(en)}</secure-base-checklist>`
  },
}

export const CompleteWithSummary: Story = {
  render: () => {
    localStorage.setItem('secure-base-checklist:story-complete:inline:5-10-years', complete())
    return html`<secure-base-checklist storage-key="story-complete">${inline(en)}</secure-base-checklist>`
  },
  play: openSummary,
}

export const Dark: Story = {
  render: () => {
    localStorage.setItem('secure-base-checklist:story-dark:inline:5-10-years', partlyDone())
    return html`<secure-base-checklist theme="dark" storage-key="story-dark">${inline(en)}</secure-base-checklist>`
  },
}

export const Narrow320: Story = {
  name: '320 px wide',
  render: () =>
    html`<div class="sb-story-narrow">
      <secure-base-checklist storage-key="story-narrow">${inline(en)}</secure-base-checklist>
    </div>`,
  decorators: [
    (story) => {
      // The wrapper's width is set through CSSOM rather than a style attribute, so the story also runs under a strict CSP.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.sb-story-narrow')?.style.setProperty('max-width', '320px'),
      )
      return story()
    },
  ],
}

export const Welsh: Story = {
  render: () =>
    html`<div lang="cy">
      <secure-base-checklist api=${STORY_CMS} checklist="5-10-years" storage-key="story-welsh"></secure-base-checklist>
    </div>`,
}

export const Print: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The summary as it prints: open the browser’s print preview. Buttons, notices and progress are hidden, colours become black on white, and every answer with its note is listed after the summary.',
      },
    },
  },
  render: () => {
    localStorage.setItem('secure-base-checklist:story-print:inline:5-10-years', complete())
    return html`<secure-base-checklist storage-key="story-print">${inline(en)}</secure-base-checklist>`
  },
  play: openSummary,
}
