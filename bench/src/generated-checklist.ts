import {
  API_VERSION,
  ChecklistResponse,
  DIMENSION_SLUGS,
  assertValid,
  type ChecklistResponse as ChecklistResponseType,
  type DimensionRef,
} from '@secure-base/content'

const DIMENSIONS: DimensionRef[] = [
  { slug: 'availability', name: 'Availability', subtitle: 'helping the child to trust', colour: '#2f6f9f' },
  { slug: 'sensitivity', name: 'Sensitivity', subtitle: 'helping the child to manage feelings', colour: '#7a4f9a' },
  { slug: 'acceptance', name: 'Acceptance', subtitle: "building the child's self-esteem", colour: '#b5562b' },
  { slug: 'co-operation', name: 'Co-operation', subtitle: 'helping the child to feel effective', colour: '#3c7d4a' },
  { slug: 'family-membership', name: 'Family membership', subtitle: 'helping the child to belong', colour: '#a33b5c' },
]

const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }]

/**
 * A checklist of `size` items spread evenly over the five dimensions, shaped exactly like a delivery
 * response, so the widget does the same work it does with real content. The wording is filler for
 * load, not care-model content.
 */
export const generatedChecklist = (size: number): ChecklistResponseType => {
  const perDimension = DIMENSION_SLUGS.map((_, i) => Math.floor(size / 5) + (i < size % 5 ? 1 : 0))
  let counter = 0
  const response = {
    meta: {
      apiVersion: API_VERSION,
      locale: 'en',
      fallbackLocale: 'en',
      fallbacks: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    data: {
      slug: `bench-${size}-items`,
      title: `Benchmark checklist with ${size} items`,
      ageBand: '5-10-years',
      settings: ['foster-care', 'residential-care'],
      version: `bench-${size}-v1`,
      introduction: paragraph('Generated to measure how the checklist widget copes with a long list.'),
      asksRating: true,
      isSample: true,
      sections: DIMENSIONS.map((dimension, d) => ({
        dimension,
        ratingParts:
          dimension.slug === 'family-membership'
            ? [
                { key: 'this-family', label: 'This family' },
                { key: 'birth-family', label: 'Birth family' },
              ]
            : [],
        items: Array.from({ length: perDimension[d]! }, () => {
          counter += 1
          return {
            id: `item-${counter}`,
            question: `Benchmark question ${counter}: does the child show this behaviour in ${dimension.name.toLowerCase()}?`,
            evidencePrompt: `Describe one occasion for question ${counter}.`,
          }
        }),
        guidance: paragraph(`Generated guidance for ${dimension.name}.`),
        resources: [],
      })),
    },
  }
  return assertValid(ChecklistResponse, response)
}
