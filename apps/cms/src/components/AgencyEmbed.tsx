'use client'
import { useFormFields, useLocale } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
import { checkPageOrigin, embedSnippet } from '../embed/snippet'
import { panelStyle, SnippetBlock, useCmsOrigin, useWidgetScript } from './embed-snippet-shared'

interface ChecklistOption {
  slug: string
  title: string
}

const ORIGIN_ROW = /^allowedOrigins\.\d+\.origin$/

/**
 * The agency's own checklist snippet: it carries `reach` only when the agency opted in, and the
 * editor can check that the page it will go on is one the delivery API will answer.
 */
export function AgencyEmbedField() {
  const { origins, optedIn } = useFormFields(([fields]) => ({
    origins: Object.entries(fields)
      .filter(([path]) => ORIGIN_ROW.test(path))
      .map(([, field]) => field.value)
      .filter((value): value is string => typeof value === 'string' && value !== ''),
    optedIn: fields.analyticsOptIn?.value === true,
  }))
  const locale = useLocale()
  const cmsOrigin = useCmsOrigin()
  const script = useWidgetScript()
  const [checklists, setChecklists] = useState<ChecklistOption[]>([])
  const [chosen, setChosen] = useState('')
  const [page, setPage] = useState('')
  const pageId = useId()
  const checklistId = useId()

  useEffect(() => {
    let live = true
    fetch('/api/checklists?depth=0&limit=100&sort=title&select[slug]=true&select[title]=true', {
      credentials: 'include',
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: ChecklistOption[] }>) : { docs: [] }))
      .then(({ docs }) => {
        if (!live) return
        setChecklists(docs)
        setChosen((current) => current || docs[0]?.slug || '')
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  const check = checkPageOrigin(page, origins)
  let snippet = null
  if (script.status === 'error') snippet = <p role="alert">The snippet cannot be shown: {script.message}</p>
  else if (script.status === 'ready' && cmsOrigin && chosen)
    snippet = (
      <SnippetBlock
        label="Embed snippet for this agency"
        snippet={embedSnippet({
          cmsOrigin,
          script: script.script,
          element: { tag: 'secure-base-checklist', attributes: { checklist: chosen, reach: optedIn } },
          lang: locale?.code,
        })}
      />
    )

  return (
    <section style={panelStyle} aria-label="Embed on the agency’s website">
      <h4>Embed on the agency’s website</h4>
      <p style={{ margin: 0 }}>
        {optedIn
          ? 'This agency opted in to anonymous reach counts, so the snippet includes the reach attribute.'
          : 'This agency has not opted in to reach counts, so the snippet sends nothing back.'}{' '}
        Save the record after changing origins or the opt-in. The two link lines let the checklist download while the
        script does; keep them with it, unchanged.
      </p>
      <label htmlFor={checklistId}>Checklist</label>
      <select id={checklistId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {checklists.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.title} ({c.slug})
          </option>
        ))}
      </select>
      <label htmlFor={pageId}>Address of the page that will show it</label>
      <input
        id={pageId}
        type="url"
        placeholder="https://fostering.example.org/our-checklist"
        value={page}
        onChange={(event) => setPage(event.target.value)}
      />
      {check.status === 'allowed' ? (
        <p role="status" data-testid="origin-check">
          {check.origin} is an allowed origin: the widget there will get content.
        </p>
      ) : check.status === 'not-allowed' || check.status === 'invalid' ? (
        <p role="alert" data-testid="origin-check" style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>
          {check.message}
        </p>
      ) : null}
      {snippet}
    </section>
  )
}
