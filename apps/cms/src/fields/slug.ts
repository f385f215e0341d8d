import { isSlug } from '@secure-base/content'
import type { TextField } from 'payload'

export const slugMessage = (value: string): string =>
  `"${value}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "family-membership".`

export const validateSlug = (value: unknown): true | string => {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  return isSlug(value) ? true : slugMessage(value)
}

interface SlugFieldOptions {
  /** A stricter rule than any slug, e.g. one of a fixed list. */
  validate?: (value: unknown) => true | string
  description?: string
}

/** The stable, URL-safe name the delivery API and partner pages use to ask for a document. */
export const slugField = ({
  validate = validateSlug,
  description = 'Used in links and by partner websites; lower-case words joined by hyphens. Changing it breaks existing embeds.',
}: SlugFieldOptions = {}): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  validate: (value: unknown) => validate(value),
  admin: { position: 'sidebar', description },
})

/** A plain key inside an array (a stage key, a rating part) follows the same rule as a slug. */
export const keyField = (name: string, description: string): TextField => ({
  name,
  type: 'text',
  required: true,
  validate: (value: unknown) => validateSlug(value),
  admin: { description },
})
