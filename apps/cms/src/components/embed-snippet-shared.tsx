'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState, type CSSProperties } from 'react'
import { mainBundle, type ManifestBody, type SnippetScript } from '../embed/snippet'

export type ScriptState =
  { status: 'loading' } | { status: 'ready'; script: SnippetScript } | { status: 'error'; message: string }

/** The CMS origin partner pages load from: the configured server URL, else the admin's own origin. */
export const useCmsOrigin = (): string => {
  const { config } = useConfig()
  const [origin, setOrigin] = useState(config.serverURL || '')
  useEffect(() => {
    if (!config.serverURL) setOrigin(window.location.origin)
  }, [config.serverURL])
  return origin
}

/** The current bundle's versioned path and integrity, read from the same manifest partner tools read. */
export const useWidgetScript = (): ScriptState => {
  const [state, setState] = useState<ScriptState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    fetch('/widgets/manifest.json', { credentials: 'omit' })
      .then(async (response) => {
        const body = (await response.json()) as ManifestBody & { error?: { message?: string } }
        if (!response.ok) throw new Error(body.error?.message ?? `The widget manifest answered ${response.status}.`)
        const script = mainBundle(body)
        if (!script)
          throw new Error('The widget bundle is missing from the manifest; build the widgets and restart the CMS.')
        if (live) setState({ status: 'ready', script })
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      })
    return () => {
      live = false
    }
  }, [])
  return state
}

const codeStyle: CSSProperties = {
  display: 'block',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  padding: '0.75rem',
  borderRadius: '4px',
  background: 'var(--theme-elevation-50)',
  border: '1px solid var(--theme-elevation-150)',
  fontSize: '0.8rem',
}

/** The snippet in a read-only block with a Copy button that says when it worked. */
export function SnippetBlock({ snippet, label }: { snippet: string; label: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet)
      setCopied('copied')
    } catch {
      // Clipboard access needs a secure context; the text stays selectable for copying by hand.
      setCopied('failed')
    }
  }
  return (
    <div>
      <pre aria-label={label} data-testid="embed-snippet" style={codeStyle}>
        {snippet}
      </pre>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void copy()}>
        Copy snippet
      </button>
      <span role="status" style={{ marginLeft: '0.75rem' }}>
        {copied === 'copied'
          ? 'Copied.'
          : copied === 'failed'
            ? 'Copying was blocked by the browser: select the text and copy it.'
            : ''}
      </span>
    </div>
  )
}

export const panelStyle: CSSProperties = { margin: '1.5rem 0', display: 'grid', gap: '0.5rem' }
