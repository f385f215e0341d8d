import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { createDeliveryClient } from '@secure-base/content'
import {
  TRUSTED_TYPES_DIRECTIVE,
  checkPageOrigin,
  contentUrlFor,
  embedSnippet,
  mainBundle,
  pagePolicyFor,
  type ManifestBody,
  type SnippetElement,
} from '../../src/embed/snippet'

const url = inject('cmsUrl')

const currentBundle = async () => {
  const response = await fetch(`${url}/widgets/manifest.json`)
  expect(response.status).toBe(200)
  const script = mainBundle((await response.json()) as ManifestBody)
  if (!script) throw new Error('The manifest lists no secure-base-widgets.js')
  return script
}

describe('embed snippets', () => {
  it('load a script whose integrity matches the bytes the CMS serves at that address', async () => {
    const snippet = embedSnippet({
      cmsOrigin: `${url}/`,
      script: await currentBundle(),
      element: { tag: 'secure-base-checklist', attributes: { checklist: '5-10-years', reach: true } },
      lang: 'cy',
    })
    const [preconnectLine, preloadLine, scriptLine, elementLine] = snippet.split('\n')
    expect(preconnectLine).toBe(`<link rel="preconnect" href="${url}" crossorigin>`)
    expect(preloadLine).toBe(
      `<link rel="preload" as="fetch" href="${url}/api/widget/v1/checklists/5-10-years?locale=cy" crossorigin>`,
    )
    const src = /src="([^"]+)"/.exec(scriptLine!)![1]!
    const integrity = /integrity="([^"]+)"/.exec(scriptLine!)![1]!
    expect(scriptLine).toMatch(
      /^<script type="module" src="[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/,
    )
    const served = await fetch(src)
    expect(served.status).toBe(200)
    const bytes = Buffer.from(await served.arrayBuffer())
    expect(integrity).toBe(`sha384-${createHash('sha384').update(bytes).digest('base64')}`)
    expect(elementLine).toBe(
      `<secure-base-checklist api="${url}" checklist="5-10-years" reach lang="cy"></secure-base-checklist>`,
    )
  })

  it('leave the reach attribute out when the agency has not opted in, and escape what an editor typed', () => {
    const snippet = embedSnippet({
      cmsOrigin: 'https://cms.example.org',
      script: { path: '/widgets/1.0.0-abc/secure-base-widgets.js', integrity: 'sha384-x' },
      element: { tag: 'secure-base-dimensions', attributes: { selected: 'a"><script>', reach: false } },
    })
    expect(snippet.split('\n').at(-1)).toBe(
      '<secure-base-dimensions api="https://cms.example.org" selected="a&quot;&gt;&lt;script&gt;"></secure-base-dimensions>',
    )
  })

  it('preload the very URL the widget then requests, which the CMS answers with the content', async () => {
    const requested: string[] = []
    const client = createDeliveryClient({
      baseUrl: `${url}/`,
      fetch: (input, init) => {
        requested.push(String(input))
        return fetch(input, init)
      },
    })
    const slug = (await client.checklists({ locale: 'en' })).data[0]!.slug
    const cases: [SnippetElement, string | undefined, () => Promise<unknown>][] = [
      [
        { tag: 'secure-base-checklist', attributes: { checklist: slug } },
        'en-GB',
        () => client.checklist(slug, { locale: 'en' }),
      ],
      [{ tag: 'secure-base-cycle' }, 'cy', () => client.cycle({ locale: 'cy' })],
      [{ tag: 'secure-base-dimensions' }, undefined, () => client.dimensions({ locale: 'en' })],
      [
        {
          tag: 'secure-base-resources',
          attributes: { language: 'en', setting: 'foster-care', dimension: 'acceptance' },
        },
        'en',
        () => client.resources({ locale: 'en', dimension: 'acceptance', setting: 'foster-care', language: 'en' }),
      ],
    ]
    for (const [element, lang, load] of cases) {
      requested.length = 0
      await load()
      expect(contentUrlFor(`${url}/`, element, lang)).toBe(requested[0])
    }
  })
})

describe('the Content-Security-Policy help beside the snippet', () => {
  it('names the CMS origin for the script and its requests, and the Trusted Types directive the widgets README documents', () => {
    expect(pagePolicyFor('https://cms.example.org/')).toEqual([
      'script-src https://cms.example.org',
      'connect-src https://cms.example.org',
      "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
    ])
    const readme = readFileSync(new URL('../../../../packages/widgets/README.md', import.meta.url), 'utf8')
    expect(readme).toContain(`require-trusted-types-for 'script'; ${TRUSTED_TYPES_DIRECTIVE}`)
  })
})

describe('the page-address check on an agency record', () => {
  const allowed = ['https://fostering.example.org', 'http://localhost:4000']

  it('accepts a page on an allowed origin, whatever its path', () => {
    expect(checkPageOrigin('https://fostering.example.org/about/checklist?x=1', allowed)).toEqual({
      status: 'allowed',
      origin: 'https://fostering.example.org',
    })
    expect(checkPageOrigin('  http://localhost:4000/  ', allowed)).toMatchObject({ status: 'allowed' })
  })

  it('warns, naming the origin to add, when the page is on another origin, scheme or port', () => {
    for (const page of [
      'https://www.fostering.example.org/',
      'http://fostering.example.org/',
      'http://localhost:4001/x',
    ]) {
      const check = checkPageOrigin(page, allowed)
      expect(check.status).toBe('not-allowed')
      if (check.status !== 'not-allowed') continue
      expect(check.message).toContain(`${new URL(page).origin} is not among this agency’s allowed origins`)
      expect(check.message).toMatch(/would get no content/)
    }
    expect(checkPageOrigin('https://fostering.example.org', [])).toMatchObject({
      status: 'not-allowed',
      message: expect.stringMatching(/lists no origins yet/),
    })
  })

  it('explains an address that is not a web page address, and says nothing before one is typed', () => {
    expect(checkPageOrigin('fostering.example.org', allowed)).toMatchObject({
      status: 'invalid',
      message: expect.stringMatching(/not a web address/),
    })
    expect(checkPageOrigin('ftp://fostering.example.org/', allowed)).toMatchObject({ status: 'invalid' })
    expect(checkPageOrigin('   ', allowed)).toEqual({ status: 'empty' })
  })
})
