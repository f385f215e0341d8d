import { CYCLE_ACTORS } from '@secure-base/content'
import type { GlobalConfig } from 'payload'
import { loggedIn, publishedOrLoggedIn } from '../access'
import { anyStaffRole } from '../access/content'
import { requiredInDefaultLocale } from '../fields/localized'
import { embedSnippetField } from '../fields/embed'
import { keyField, validateSlug } from '../fields/slug'
import { guardGlobalPublishing, rememberGlobalDraftSave } from '../hooks/guardPublishing'
import { REVIEWER_PUBLISH_BUTTON } from '../collections/shared'
import { cycleLivePreview } from '../preview/url'

// A dimension step must point at a stage that exists, or the diagram would have nowhere to draw it.
const validateStageKey = (value: unknown, data: unknown): true | string => {
  const basic = validateSlug(value)
  if (basic !== true) return basic
  const stages = (data as { stages?: { key?: unknown }[] } | undefined)?.stages
  if (!Array.isArray(stages) || stages.length === 0) return true
  const keys = stages.map((stage) => stage?.key).filter((key): key is string => typeof key === 'string')
  return keys.includes(value as string)
    ? true
    : `"${String(value)}" is not one of this cycle's stage keys (${keys.join(', ')}).`
}

export const CaregivingCycle: GlobalConfig<'caregiving-cycle'> = {
  slug: 'caregiving-cycle',
  label: 'Caregiving cycle',
  admin: {
    components: { elements: { PublishButton: REVIEWER_PUBLISH_BUTTON } },
    group: 'Model content',
    livePreview: cycleLivePreview,
    description:
      'The loop repeated in every exchange between caregiver and child, and how each dimension moves through it.',
  },
  access: {
    read: publishedOrLoggedIn,
    update: anyStaffRole,
    readVersions: loggedIn,
  },
  versions: { drafts: true, max: 50 },
  hooks: { beforeOperation: [rememberGlobalDraftSave], beforeChange: [guardGlobalPublishing] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, validate: requiredInDefaultLocale },
    { name: 'introduction', type: 'richText', localized: true },
    embedSnippetField({ tag: 'secure-base-cycle', heading: 'Embed the caregiving cycle' }),
    {
      name: 'stages',
      type: 'array',
      labels: { singular: 'Stage', plural: 'Stages' },
      admin: { description: 'The stages in the order the loop goes round.' },
      fields: [
        keyField('key', 'A short slug used by the dimension steps below, e.g. child-needs.'),
        { name: 'label', type: 'text', required: true, localized: true, validate: requiredInDefaultLocale },
        {
          name: 'actor',
          type: 'select',
          required: true,
          options: CYCLE_ACTORS.map((value) => ({ value, label: value === 'child' ? 'Child' : 'Caregiver' })),
          admin: { description: 'Whose stage this is.' },
        },
        { name: 'explanation', type: 'textarea', required: true, localized: true, validate: requiredInDefaultLocale },
      ],
    },
    {
      name: 'dimensionSteps',
      type: 'array',
      labels: { singular: 'Dimension walk-through', plural: 'Dimension walk-throughs' },
      admin: { description: 'Each dimension taken once round the cycle, one short text per stage.' },
      fields: [
        { name: 'dimension', type: 'relationship', relationTo: 'dimensions', required: true },
        {
          name: 'steps',
          type: 'array',
          fields: [
            {
              name: 'stage',
              type: 'text',
              required: true,
              validate: (value: unknown, { data }: { data: unknown }) => validateStageKey(value, data),
              admin: { description: 'The key of one of the stages above.' },
            },
            { name: 'text', type: 'textarea', required: true, localized: true, validate: requiredInDefaultLocale },
          ],
        },
      ],
    },
  ],
}
