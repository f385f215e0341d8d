import type { TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugMessage = (value: string): string =>
  `"${value}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "family-membership".`

export const validateSlug = (value: unknown): true | string => {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  return SLUG_PATTERN.test(value) ? true : slugMessage(value)
}

/** The stable, URL-safe name the delivery API and partner pages use to ask for a document. */
export const slugField = (overrides: Partial<TextField> = {}): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  validate: (value: unknown) => validateSlug(value),
  admin: {
    position: 'sidebar',
    description:
      'Used in links and by partner websites; lower-case words joined by hyphens. Changing it breaks existing embeds.',
  },
  ...overrides,
} as TextField)

/** A plain key inside an array (a stage key, a rating part) follows the same rule as a slug. */
export const keyField = (name: string, description: string): TextField => ({
  name,
  type: 'text',
  required: true,
  validate: (value: unknown) => validateSlug(value),
  admin: { description },
})
