import type { DimensionsResponse, ResourcesResponse } from '@secure-base/content'
import { ChecklistResponse, validate } from '@secure-base/content'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { create, ensureDimension, lexical, pdf, staff, update } from './content'
import { startDeliveryServer, type DeliveryServer } from './harness'

let server: DeliveryServer
type Id = string | number
const ids: Record<string, Id> = {}

const get = async <T>(path: string): Promise<T> => {
  const response = await server.request(path)
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

/** Follows a JSON Pointer (RFC 6901) into a delivered `data`. */
const at = (data: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], data)

beforeAll(async () => {
  server = await startDeliveryServer(3212)
  const { payload } = server
  const availability = await ensureDimension(payload, 'availability')
  const sensitivity = await ensureDimension(payload, 'sensitivity')
  ids.availability = availability.id
  ids.sensitivity = sensitivity.id

  const media = (await payload.create({
    collection: 'media' as never,
    data: { alt: 'A printable guide' } as never,
    file: pdf('bedtime-guide.pdf'),
    overrideAccess: true,
  })) as unknown as { id: Id }
  const common = { _status: 'published', language: 'en' }
  ids.upload = (
    await create(payload, 'resources', {
      ...common,
      title: 'Bedtime routines guide',
      slug: 'pub-bedtime-guide',
      type: 'guide',
      file: media.id,
      settings: ['foster-care'],
      dimensions: [availability.id],
    })
  ).id
  await create(payload, 'resources', {
    ...common,
    title: 'Reading feelings in school',
    slug: 'pub-school-feelings',
    type: 'article',
    externalUrl: 'https://example.org/feelings-in-school',
    settings: ['schools'],
    dimensions: [sensitivity.id],
  })
  await create(payload, 'resources', {
    ...common,
    title: 'Cyflwyniad i’r model',
    slug: 'pub-welsh-intro',
    type: 'video',
    externalUrl: 'https://example.org/cyflwyniad',
    language: 'cy',
  })
  await create(payload, 'resources', {
    title: 'Unfinished draft resource',
    slug: 'pub-draft-resource',
    type: 'link',
    externalUrl: 'https://example.org/not-yet',
    _status: 'draft',
  })

  const firstQuestion = {
    question: 'Does the young person text you when plans change?',
    evidencePrompt: 'Think of a recent evening.',
  }
  const checklist = await create(payload, 'checklists', {
    title: 'Publishing test checklist',
    slug: 'pub-checklist',
    ageBand: '11-18-years',
    introduction: lexical('For young people growing towards independence.'),
    sections: [
      {
        dimension: availability.id,
        items: [firstQuestion],
        guidance: lexical('Keep being reachable, even when they push away.'),
      },
    ],
    _status: 'published',
  })
  ids.checklist = checklist.id
  const [section] = checklist.sections as { id: string; dimension: unknown; items: { id: string }[] }[]
  const firstItemId = section?.items[0]?.id
  // A translator does the title and the one question (leaving the optional texts), then an English
  // editor adds a second question that nobody has translated yet: a realistic partial translation.
  await update(
    payload,
    'checklists',
    checklist.id,
    {
      title: 'Rhestr wirio prawf cyhoeddi',
      sections: [
        {
          id: section?.id,
          dimension: availability.id,
          items: [{ id: firstItemId, question: 'Ydyn nhw’n anfon neges pan fydd cynlluniau’n newid?' }],
        },
      ],
      _status: 'published',
    },
    'cy',
  )
  await update(payload, 'checklists', checklist.id, {
    sections: [
      {
        id: section?.id,
        dimension: availability.id,
        items: [{ id: firstItemId, ...firstQuestion }, { question: 'Do they ask for help with something new?' }],
        guidance: lexical('Keep being reachable, even when they push away.'),
      },
    ],
    _status: 'published',
  })
}, 120_000)

afterAll(async () => {
  await server?.close()
})

describe('only published content is delivered', () => {
  it('keeps an editor’s draft out of delivery until a reviewer publishes, then shows it on the next load', async () => {
    const { payload } = server
    const editor = await staff(payload, 'editor')
    const reviewer = await staff(payload, 'reviewer')
    const before = await get<DimensionsResponse>('/dimensions')
    const published = before.data.find((d) => d.slug === 'sensitivity')?.subtitle
    expect(published).toBeTruthy()

    const draftSubtitle = `A draft subtitle ${Date.now()}`
    await payload.update({
      collection: 'dimensions' as never,
      id: ids.sensitivity as Id,
      locale: 'en',
      data: { subtitle: draftSubtitle } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const during = await get<DimensionsResponse>('/dimensions')
    expect(during.data.find((d) => d.slug === 'sensitivity')?.subtitle).toBe(published)
    expect(JSON.stringify(during)).not.toContain(draftSubtitle)

    await payload.update({
      collection: 'dimensions' as never,
      id: ids.sensitivity as Id,
      locale: 'en',
      data: { subtitle: draftSubtitle, _status: 'published' } as never,
      user: reviewer,
      overrideAccess: false,
    })
    const after = await get<DimensionsResponse>('/dimensions')
    expect(after.data.find((d) => d.slug === 'sensitivity')?.subtitle).toBe(draftSubtitle)
  })

  it('answers 404 for a checklist that exists only as a draft, and serves it once published', async () => {
    const draft = await create(server.payload, 'checklists', {
      title: 'Not yet reviewed',
      slug: 'pub-unreviewed',
      ageBand: '0-18-months',
      sections: [{ dimension: ids.availability, items: [{ question: 'Does the baby settle when held?' }] }],
      _status: 'draft',
    })
    expect((await server.request('/checklists/pub-unreviewed')).status).toBe(404)
    const list = await get<{ data: { slug: string }[] }>('/checklists')
    expect(list.data.map((c) => c.slug)).not.toContain('pub-unreviewed')

    await update(server.payload, 'checklists', draft.id, { _status: 'published' })
    const now = await get<ChecklistResponse>('/checklists/pub-unreviewed')
    expect(now.data.sections[0]?.items[0]?.question).toBe('Does the baby settle when held?')
  })

  it('never lists a draft resource', async () => {
    const { data } = await get<ResourcesResponse>('/resources')
    expect(data.map((r) => r.slug)).not.toContain('pub-draft-resource')
  })
})

describe('locales', () => {
  it('serves Welsh where translated and marks every English stand-in by pointer', async () => {
    const body = await get<ChecklistResponse>('/checklists/pub-checklist?locale=cy')
    expect(validate(ChecklistResponse, body).ok).toBe(true)
    const { meta, data } = body
    expect(meta.locale).toBe('cy')
    expect(data.title).toBe('Rhestr wirio prawf cyhoeddi')
    expect(data.sections[0]?.items[0]?.question).toBe('Ydyn nhw’n anfon neges pan fydd cynlluniau’n newid?')
    expect(meta.fallbacks).not.toContain('/title')
    expect(meta.fallbacks).not.toContain('/sections/0/items/0/question')

    expect(data.sections[0]?.items[1]?.question).toBe('Do they ask for help with something new?')
    expect(meta.fallbacks).toContain('/sections/0/items/1/question')
    expect(meta.fallbacks).toContain('/sections/0/items/0/evidencePrompt')
    expect(meta.fallbacks).toContain('/introduction')
    expect(meta.fallbacks).toContain('/sections/0/guidance')
    // Every listed pointer leads to a value that is exactly the English one.
    const english = (await get<ChecklistResponse>('/checklists/pub-checklist?locale=en')).data
    for (const pointer of meta.fallbacks) expect(at(data, pointer)).toEqual(at(english, pointer))
  })

  it('lists nothing as a fallback in English', async () => {
    const { meta } = await get<ChecklistResponse>('/checklists/pub-checklist')
    expect(meta.locale).toBe('en')
    expect(meta.fallbacks).toEqual([])
  })

  it('keeps item ids and the checklist version the same in every locale', async () => {
    const en = (await get<ChecklistResponse>('/checklists/pub-checklist?locale=en')).data
    const cy = (await get<ChecklistResponse>('/checklists/pub-checklist?locale=cy')).data
    expect(cy.version).toBe(en.version)
    expect(cy.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(
      en.sections.flatMap((s) => s.items.map((i) => i.id)),
    )
  })

  it('changes the version when published wording changes, keeping item ids', async () => {
    const before = (await get<ChecklistResponse>('/checklists/pub-checklist')).data
    const doc = await server.payload.findByID({
      collection: 'checklists' as never,
      id: ids.checklist as Id,
      overrideAccess: true,
      depth: 0,
    })
    const sections = (doc as unknown as { sections: { items: { question: string }[] }[] }).sections
    const first = sections[0]?.items[1]
    if (first) first.question = 'Do they ask you for help with something they have not tried before?'
    await update(server.payload, 'checklists', ids.checklist as Id, { sections, _status: 'published' })
    const after = (await get<ChecklistResponse>('/checklists/pub-checklist')).data
    expect(after.version).not.toBe(before.version)
    expect(after.sections[0]?.items[1]?.question).toBe(
      'Do they ask you for help with something they have not tried before?',
    )
    expect(after.sections[0]?.items.map((i) => i.id)).toEqual(before.sections[0]?.items.map((i) => i.id))
  })
})

describe('resources', () => {
  const slugs = async (query: string) =>
    (await get<ResourcesResponse>(`/resources${query}`)).data.map((r) => r.slug).filter((s) => s.startsWith('pub-'))

  it('filters by dimension, setting and language, keeping general resources in every filter', async () => {
    expect(await slugs('?dimension=availability')).toEqual(['pub-bedtime-guide', 'pub-welsh-intro'])
    expect(await slugs('?dimension=sensitivity')).toEqual(['pub-school-feelings', 'pub-welsh-intro'])
    expect(await slugs('?setting=schools')).toEqual(['pub-school-feelings', 'pub-welsh-intro'])
    expect(await slugs('?language=cy')).toEqual(['pub-welsh-intro'])
    expect(await slugs('?dimension=availability&setting=schools&language=en')).toEqual([])
  })

  it('gives an uploaded file as an absolute URL on this server, with its name, type and size', async () => {
    const { data } = await get<ResourcesResponse>('/resources?setting=foster-care')
    const upload = data.find((r) => r.slug === 'pub-bedtime-guide')
    expect(upload?.url).toMatch(/^http:\/\/127\.0\.0\.1:3212\/.+bedtime-guide\.pdf$/)
    expect(upload?.file).toEqual({
      filename: 'bedtime-guide.pdf',
      mimeType: 'application/pdf',
      bytes: pdf('bedtime-guide.pdf').size,
    })
    const linked = data.find((r) => r.slug === 'pub-welsh-intro')
    expect(linked).toMatchObject({ url: 'https://example.org/cyflwyniad', file: null, language: 'cy' })
  })

  it('drops a resource from delivery as soon as it is unpublished', async () => {
    expect(await slugs('?setting=schools')).toContain('pub-school-feelings')
    const found = await server.payload.find({
      collection: 'resources' as never,
      where: { slug: { equals: 'pub-school-feelings' } },
      overrideAccess: true,
    })
    await update(server.payload, 'resources', (found.docs[0] as unknown as { id: Id }).id, { _status: 'draft' })
    expect(await slugs('?setting=schools')).not.toContain('pub-school-feelings')
  })
})
