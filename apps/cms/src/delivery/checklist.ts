import { isSlug, type ChecklistSection, type Resource } from '@secure-base/content'
import { relationKey, relationKeys, rowsOf, type Unchecked } from '../lib/documents'
import type { Checklist as ChecklistDoc, Dimension as DimensionDoc, Resource as ResourceDoc } from '../payload-types'
import { englishRow, type Localizer } from './localize'
import { dimensionRef, resource, type PlacedDimension, type ResourceContext } from './serialize'

/** A document in the requested locale and its English twin. */
export type Pair<Own, English = Own> = { own: Own; en: English }

export interface SectionLookups {
  dimension: (id: string) => Pair<PlacedDimension, Unchecked<DimensionDoc>> | undefined
  resource: (id: string) => Pair<Unchecked<ResourceDoc>> | undefined
  resourceContext: ResourceContext
}

type Sections = ChecklistDoc['sections']
type Section = NonNullable<Sections>[number]

/**
 * A checklist's sections, resolved. A section whose dimension is not published is left out (a widget
 * cannot label it), as are items with no question in any locale and resources that are unpublished.
 * Item ids are the array row ids, which Payload shares across locales, so saved answers survive both
 * a switch of language and edits to the wording.
 */
export const checklistSections = (
  loc: Localizer,
  doc: Unchecked<ChecklistDoc>,
  en: Unchecked<ChecklistDoc>,
  lookups: SectionLookups,
): { sections: ChecklistSection[]; used: Unchecked<DimensionDoc | ResourceDoc>[] } => {
  const sections: ChecklistSection[] = []
  const used: Unchecked<DimensionDoc | ResourceDoc>[] = []
  rowsOf<Sections>(doc.sections).forEach((row, i) => {
    const dimensionId = relationKey(row.dimension)
    const dim = dimensionId ? lookups.dimension(dimensionId) : undefined
    if (!dim) return
    used.push(dim.own)
    const at = `/sections/${sections.length}`
    const enRow = englishRow<Sections>(en.sections, row, i)

    const ratingParts: ChecklistSection['ratingParts'] = []
    rowsOf<Section['ratingParts']>(row.ratingParts).forEach((part, j) => {
      if (!isSlug(part.key)) return
      const enPart = englishRow<Section['ratingParts']>(enRow.ratingParts, part, j)
      const label = loc.text(`${at}/ratingParts/${ratingParts.length}/label`, part.label, enPart.label)
      if (label) ratingParts.push({ key: part.key, label })
    })

    const items: ChecklistSection['items'] = []
    rowsOf<Section['items']>(row.items).forEach((item, j) => {
      const enItem = englishRow<Section['items']>(enRow.items, item, j)
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
    for (const id of relationKeys(row.resources)) {
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
