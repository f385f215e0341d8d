import type { Validate } from 'payload'

/**
 * Required, but only in the default language. A Welsh (or any later) translation may be partial:
 * whatever is left empty falls back to English, and the delivery API marks it as a fallback.
 * Payload's own `required` check would otherwise refuse to publish a half-translated document.
 */
export const requiredInDefaultLocale: Validate = (value, { req }) => {
  const defaultLocale = req.payload?.config.localization ? req.payload.config.localization.defaultLocale : 'en'
  const locale = req.locale ?? defaultLocale
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  if (!empty) return true
  return locale === defaultLocale || locale === 'all' ? 'This field is required.' : true
}
