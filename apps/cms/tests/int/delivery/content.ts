import type { Payload } from 'payload'
import type { DimensionSlug } from '@secure-base/content'

/** Test content written directly through the Local API, shaped the way the admin saves it. */

type Doc = { id: string | number; [field: string]: unknown }

export const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})

const asAdmin = { overrideAccess: true } as const

export const staff = async (payload: Payload, role: 'editor' | 'reviewer' | 'admin') => {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@delivery.test`
  return (await payload.create({
    collection: 'users' as never,
    data: { email, password: 'a long test password 42', name: role, role } as never,
    ...asAdmin,
  })) as unknown as Doc & { collection: string }
}

const DIMENSION_ORDER: DimensionSlug[] = [
  'availability',
  'sensitivity',
  'acceptance',
  'co-operation',
  'family-membership',
]

/** Uses a dimension the seed may already have published, or publishes a plain one. */
export const ensureDimension = async (payload: Payload, slug: DimensionSlug): Promise<Doc> => {
  const found = await payload.find({ collection: 'dimensions' as never, where: { slug: { equals: slug } }, ...asAdmin })
  if (found.docs[0]) return found.docs[0]
  const order = DIMENSION_ORDER.indexOf(slug) + 1
  return await payload.create({
    collection: 'dimensions' as never,
    locale: 'en',
    data: {
      slug,
      order,
      name: `Dimension ${slug}`,
      subtitle: `What ${slug} builds`,
      colour: '#336699',
      summary: `A summary of ${slug}.`,
      explanation: lexical(`How ${slug} works day to day.`),
      caregiverFocus: `What the carer watches for in ${slug}.`,
      childGains: `What the child gains from ${slug}.`,
      settingNotes: [{ setting: 'schools', note: `In school, ${slug} looks like this.` }],
      _status: 'published',
    } as never,
    ...asAdmin,
  })
}

export const create = async (
  payload: Payload,
  collection: string,
  data: Record<string, unknown>,
  locale: 'en' | 'cy' = 'en',
) =>
  (await payload.create({ collection: collection as never, locale, data: data as never, ...asAdmin })) as unknown as Doc

export const update = async (
  payload: Payload,
  collection: string,
  id: Doc['id'],
  data: Record<string, unknown>,
  locale: 'en' | 'cy' = 'en',
) =>
  (await payload.update({
    collection: collection as never,
    id,
    locale,
    data: data as never,
    ...asAdmin,
  })) as unknown as Doc

/** A minimal but well-formed one-page PDF (header, objects, xref table, trailer), as upload checks demand. */
export const pdf = (name: string) => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (${name}) >>`,
  ]
  let text = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(text))
    text += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(text)
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(text, 'latin1')
  return { data, mimetype: 'application/pdf', name, size: data.byteLength }
}
