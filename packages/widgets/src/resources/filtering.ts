import type { CareSetting, DimensionSlug, Resource } from '@secure-base/content'

export interface ResourceFilters {
  dimension?: DimensionSlug
  setting?: CareSetting
  language?: string
}

/** `en-GB` and `en` are the same language for filtering and for "is this in the page's language". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag

/**
 * The same test the delivery API applies, repeated in the browser so inline JSON is filtered too
 * and a server that ignores a filter does not show the visitor the wrong list.
 */
export const matchesFilters = (resource: Resource, { dimension, setting, language }: ResourceFilters): boolean =>
  (!dimension || resource.dimensions.includes(dimension)) &&
  (!setting || resource.settings.includes(setting)) &&
  (!language || primaryLanguage(resource.language) === primaryLanguage(language))

/** A link leaves the agency's world when it points neither at the page's own site nor at the CMS. */
export const isExternal = (url: string, api: string | undefined): boolean => {
  try {
    const { origin } = new URL(url)
    if (origin === location.origin) return false
    return !api || origin !== new URL(api, location.href).origin
  } catch {
    return true
  }
}

/** A language's name in the visitor's UI language, e.g. `no` → "Norwegian" or "Norwyeg". */
export const languageName = (tag: string, uiLocale: string): string => {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}
