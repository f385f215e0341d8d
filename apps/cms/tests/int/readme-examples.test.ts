import { readFileSync } from 'node:fs'
import path from 'node:path'
import { API_PREFIX, DIMENSION_SLUGS } from '@secure-base/content'
import { describe, expect, inject, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '../../../..')
const READMES = ['README.md', 'apps/cms/README.md', 'packages/widgets/README.md', 'examples/partner-site/README.md']

interface Example {
  readme: string
  element: string
  attributes: Map<string, string>
}

/** Every widget tag a README shows, with its attributes as written. */
const examples: Example[] = READMES.flatMap((readme) =>
  [
    ...readFileSync(path.join(repoRoot, readme), 'utf8').matchAll(
      /<secure-base-([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*>/g,
    ),
  ].map(([, element = '', attributes = '']) => ({
    readme,
    element,
    attributes: new Map(
      [...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value]),
    ),
  })),
)

const isDimension = (slug: string) => (DIMENSION_SLUGS as readonly string[]).includes(slug)

describe('the widget examples in the READMEs', () => {
  it('are found', () => {
    expect(examples.filter((e) => e.attributes.has('api')).length).toBeGreaterThanOrEqual(4)
  })

  it('name dimensions that exist', () => {
    for (const { readme, element, attributes } of examples)
      for (const name of ['dimension', 'highlight', 'selected'])
        for (const slug of attributes.get(name)?.split(/\s+/).filter(Boolean) ?? [])
          expect(isDimension(slug), `${readme}: <secure-base-${element} ${name}="${slug}">`).toBe(true)
  })

  it('load their content from a seeded CMS', async () => {
    const base = `${inject('cmsUrl')}${API_PREFIX}`
    for (const { readme, element, attributes } of examples.filter((e) => e.attributes.has('api'))) {
      const filters = new URLSearchParams(
        ['setting', 'dimension'].flatMap((name) => (attributes.has(name) ? [[name, attributes.get(name) ?? '']] : [])),
      )
      const route = {
        checklist: `/checklists/${encodeURIComponent(attributes.get('checklist') ?? '')}`,
        cycle: '/cycle',
        dimensions: '/dimensions',
        resources: `/resources?${filters}`,
      }[element]
      const where = `${readme}: <secure-base-${element}> asks for ${route}`
      expect(route, where).toBeDefined()
      const response = await fetch(`${base}${route}`)
      expect(response.status, where).toBe(200)
      expect(((await response.json()) as { data?: unknown }).data, where).toBeTruthy()
    }
  })
})
