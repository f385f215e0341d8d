import type { LivePreviewConfig, PayloadRequest } from 'payload'

/**
 * The admin posts the form's values to the preview frame by origin, so the address must be
 * absolute and on the origin the editor is using.
 */
const adminOrigin = (req: PayloadRequest): string => {
  const configured = req.payload.config.serverURL
  if (configured) return configured.replace(/\/+$/, '')
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? '127.0.0.1:3000'
  const proto = req.headers.get('x-forwarded-proto') ?? 'http'
  return `${proto.split(',')[0]!.trim()}://${host}`
}

const BREAKPOINTS: LivePreviewConfig['breakpoints'] = [
  { label: 'Phone', name: 'phone', width: 375, height: 740 },
  { label: 'Tablet', name: 'tablet', width: 820, height: 1100 },
]

const localeQuery = (locale: { code?: string } | undefined) => `locale=${encodeURIComponent(locale?.code ?? 'en')}`

const livePreviewFor = (kind: 'checklists' | 'dimensions'): LivePreviewConfig => ({
  url: ({ data, locale, req }) => {
    const slug = typeof data?.slug === 'string' && data.slug ? data.slug : null
    if (!slug) return null
    return `${adminOrigin(req)}/preview/${kind}/${encodeURIComponent(slug)}?${localeQuery(locale)}`
  },
  breakpoints: BREAKPOINTS,
})

export const checklistLivePreview = livePreviewFor('checklists')
export const dimensionLivePreview = livePreviewFor('dimensions')

/** The cycle is a global: one preview page, whatever the form holds. */
export const cycleLivePreview: LivePreviewConfig = {
  url: ({ locale, req }) => `${adminOrigin(req)}/preview/cycle?${localeQuery(locale)}`,
  breakpoints: BREAKPOINTS,
}
