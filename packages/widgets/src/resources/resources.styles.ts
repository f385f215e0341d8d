import { css } from 'lit'

export const resourcesStyles = css`
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
    border: 1px solid var(--_sb-border);
    border-radius: var(--_sb-radius);
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
  }
  label {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 9rem;
    min-inline-size: 0;
  }
  [part~='count'] {
    margin: 0 0 0.5rem;
    color: var(--_sb-text-muted);
  }
  ul {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 40rem) {
    ul {
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
  }
  [part~='resource'] {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    block-size: 100%;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_sb-border);
    border-radius: var(--_sb-radius);
    background: var(--_sb-surface-raised);
  }
  [part~='resource'] h3 {
    margin: 0;
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  [part~='resource'] p {
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  [part~='badge'] {
    padding: 0.05rem 0.5rem;
    border: 1px solid var(--_sb-border);
    border-radius: 999px;
    font-size: 0.85em;
    color: var(--_sb-text);
  }
  [part~='file'] {
    font-size: 0.9em;
    color: var(--_sb-text-muted);
  }
  .empty {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
`
