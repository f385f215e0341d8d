import type { ChecklistSection, Resource } from '@secure-base/content'
import { englishRow, type Localizer } from './localize'
import { dimensionRef, resource, rows, type ResourceContext } from './serialize'
import { idOf, idsOf, type RawDoc } from './source'

type Pair = { own: RawDoc; en: RawDoc }

export interface SectionLookups {
  dimension: (id: string) => Pair | undefined
  resource: (id: string) => Pair | undefined
  resourceContext: ResourceContext
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A checklist's sections, resolved. A section whose dimension is not published is left out (a widget
 * cannot label it), as are items with no question in any locale and resources that are unpublished.
 * Item ids are the array row ids, which Payload shares across locales, so saved answers survive both
 * a switch of language and edits to the wording.
 */
export const checklistSections = (
  loc: Localizer,
  doc: RawDoc,
  en: RawDoc,
  lookups: SectionLookups,
): { sections: ChecklistSection[]; used: RawDoc[] } => {
  const sections: ChecklistSection[] = []
  const used: RawDoc[] = []
  rows(doc.sections).forEach((row, i) => {
    const dimensionId = idOf(row.dimension)
    const dim = dimensionId ? lookups.dimension(dimensionId) : undefined
    if (!dim) return
    used.push(dim.own)
    const at = `/sections/${sections.length}`
    const enRow = englishRow(en.sections, row, i)

    const ratingParts: ChecklistSection['ratingParts'] = []
    rows(row.ratingParts).forEach((part, j) => {
      if (typeof part.key !== 'string' || !SLUG.test(part.key)) return
      const enPart = englishRow(enRow.ratingParts, part, j)
      const label = loc.text(`${at}/ratingParts/${ratingParts.length}/label`, part.label, enPart.label)
      if (label) ratingParts.push({ key: part.key, label })
    })

    const items: ChecklistSection['items'] = []
    rows(row.items).forEach((item, j) => {
      const enItem = englishRow(enRow.items, item, j)
      if (item.id == null) return
      const itemAt = `${at}/items/${items.length}`
      const question = loc.text(`${itemAt}/question`, item.question, enItem.question)
      if (!question) return
      items.push({
        id: String(item.id),
        question,
        evidencePrompt: loc.text(`${itemAt}/evidencePrompt`, item.evidencePrompt, enItem.evidencePrompt),
      })
    })

    const resources: Resource[] = []
    for (const id of idsOf(row.resources)) {
      const pair = lookups.resource(id)
      if (!pair) continue
      const r = resource(loc, `${at}/resources/${resources.length}`, pair.own, pair.en, lookups.resourceContext)
      if (!r) continue
      resources.push(r)
      used.push(pair.own)
    }

    sections.push({
      dimension: dimensionRef(loc, `${at}/dimension`, dim.own, dim.en),
      ratingParts,
      items,
      guidance: loc.richText(`${at}/guidance`, row.guidance, enRow.guidance),
      resources,
    })
  })
  return { sections, used }
}
