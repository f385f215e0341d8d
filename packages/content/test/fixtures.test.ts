import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ChecklistResponse, CycleResponse, DimensionsResponse, ResourcesResponse, validate } from '../src/index.js'

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

const schemaFor = (file: string) =>
  file.startsWith('checklist-')
    ? ChecklistResponse
    : file.startsWith('cycle')
      ? CycleResponse
      : file.startsWith('dimensions')
        ? DimensionsResponse
        : file.startsWith('resources')
          ? ResourcesResponse
          : undefined

describe('the contract fixtures the widgets are developed against', () => {
  it('include every kind of response in English and Welsh', () => {
    for (const kind of ['checklist-', 'cycle.', 'dimensions.', 'resources.'])
      for (const locale of ['en', 'cy'])
        expect(
          files.some((f) => f.startsWith(kind) && f.endsWith(`.${locale}.json`)),
          `${kind}*.${locale}.json`,
        ).toBe(true)
  })

  it.each(files)('%s matches the delivery contract', (file) => {
    const schema = schemaFor(file)
    expect(schema, `no contract for ${file}`).toBeDefined()
    const result = validate(schema!, JSON.parse(readFileSync(dir + file, 'utf8')))
    expect(result.ok ? [] : result.issues).toEqual([])
  })
})
