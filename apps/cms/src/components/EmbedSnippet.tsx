'use client'
import { useFormFields, useLocale } from '@payloadcms/ui'
import { embedSnippet, type SnippetElement } from '../embed/snippet'
import { panelStyle, SnippetBlock, useCmsOrigin, useWidgetScript } from './embed-snippet-shared'

export interface EmbedSnippetProps {
  tag: SnippetElement['tag']
  /** The element attribute that names this document, filled from its slug (e.g. `checklist`). */
  slugAttribute?: string
  heading: string
}

/** What an agency's web team pastes into a page to show this content, with the current bundle's integrity. */
export function EmbedSnippetField({ tag, slugAttribute, heading }: EmbedSnippetProps) {
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const locale = useLocale()
  const cmsOrigin = useCmsOrigin()
  const script = useWidgetScript()
  const slugText = typeof slug === 'string' ? slug : ''

  let body
  if (script.status === 'loading' || !cmsOrigin) body = <p>Reading the current widget bundle…</p>
  else if (script.status === 'error') body = <p role="alert">The snippet cannot be shown: {script.message}</p>
  else if (slugAttribute && !slugText) body = <p>Give this document a slug and the snippet appears here.</p>
  else {
    const snippet = embedSnippet({
      cmsOrigin,
      script: script.script,
      element: { tag, attributes: slugAttribute ? { [slugAttribute]: slugText } : {} },
      lang: locale?.code,
    })
    body = <SnippetBlock snippet={snippet} label={`Embed snippet for ${tag}`} />
  }
  return (
    <section style={panelStyle} aria-label={heading}>
      <h4>{heading}</h4>
      <p style={{ margin: 0 }}>
        Paste this into a page on one of an agency’s allowed origins. It shows the published version only; the agency’s
        record gives a version with its opt-in settings. The two link lines let the content download while the script
        does; keep them with it, unchanged.
      </p>
      {body}
    </section>
  )
}
