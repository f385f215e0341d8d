import { css } from 'lit'

/** Only `--_sb-*` tokens here: literal colours live in the base token defaults. */
export const checklistStyles = css`
  .frame {
    max-inline-size: var(--secure-base-checklist-max-width, 48rem);
    padding: 0.75rem;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 1rem 0.5rem;
  }
  .sample,
  .notice,
  [part~='fallback-notice'] {
    padding: 0.75rem 1rem;
    border-radius: var(--_sb-radius);
    background: var(--_sb-surface-raised);
    border-inline-start: 0.35rem solid var(--_sb-accent);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin-block: 0.5rem;
  }
  .notice p {
    margin: 0;
    flex: 1 1 14rem;
  }
  .notice[data-tone='warning'],
  .notice[data-tone='error'] {
    border-inline-start-color: var(--_sb-danger);
  }
  .progress {
    display: grid;
    gap: 0.25rem;
    margin-block: 1rem;
  }
  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_sb-accent);
  }
  .section,
  .summary-section {
    border-inline-start: 0.4rem solid var(--_sb-border);
    padding-inline-start: 0.75rem;
    margin-block: 1.5rem;
  }
  /* A long checklist lays out only the dimensions near the screen; the rest stay in the page for find, focus and screen readers. */
  .section {
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  .subtitle,
  .section-progress,
  .hint,
  .muted {
    color: var(--_sb-text-muted);
    margin-block: 0.25rem;
  }
  .hint {
    display: block;
    font-size: 0.9em;
  }
  fieldset {
    border: 1px solid var(--_sb-border);
    border-radius: var(--_sb-radius);
    background: var(--_sb-surface-raised);
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem 0.75rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .choices,
  .rating-scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin-block: 0.5rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-block-size: 2.75rem;
  }
  .rating-scale .choice {
    min-inline-size: 3rem;
  }
  /* 24 px: the WCAG 2.2 minimum target size, also on a phone. */
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_sb-accent);
  }
  .note-label {
    display: block;
    margin-block-start: 0.25rem;
  }
  textarea {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: var(--_sb-text);
    background: var(--_sb-surface);
    border: 1px solid var(--_sb-border);
    border-radius: var(--_sb-radius);
    padding: 0.5rem;
    resize: vertical;
  }
  .actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 1rem;
  }
  .confirm {
    padding: 0.75rem;
    border: 2px solid var(--_sb-danger);
    border-radius: var(--_sb-radius);
  }
  .confirm p {
    flex-basis: 100%;
    margin: 0;
  }
  .save-status {
    color: var(--_sb-success);
    min-block-size: 1.5em;
    margin: 0;
  }
  [part~='credit'] {
    font-size: 0.85em;
    color: var(--_sb-text-muted);
  }
  .chart {
    margin: 1rem 0;
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 30rem;
    block-size: auto;
  }
  .chart .ring,
  .chart .axis {
    fill: none;
    stroke: var(--_sb-border);
  }
  .chart .current {
    fill: var(--_sb-accent);
    fill-opacity: 0.25;
    stroke: var(--_sb-accent);
    stroke-width: 2.5;
  }
  .chart .previous {
    fill: none;
    stroke: var(--_sb-text-muted);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .chart .label {
    display: flex;
    flex-direction: column;
    justify-content: center;
    block-size: 100%;
    color: var(--_sb-text);
    font-size: 12px;
    line-height: 14px;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .chart .label[data-align='top'] {
    justify-content: start;
  }
  .chart .label[data-align='bottom'] {
    justify-content: end;
  }
  .chart .label[data-anchor='start'] {
    text-align: start;
  }
  .chart .label[data-anchor='end'] {
    text-align: end;
  }
  .chart figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .key::before {
    content: '';
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 0;
    margin-inline-end: 0.35rem;
    vertical-align: middle;
    border-block-start: 3px solid var(--_sb-accent);
  }
  .key-previous::before {
    border-block-start: 3px dashed var(--_sb-text-muted);
  }
  .print-only {
    display: none;
  }
  @container (min-width: 36rem) {
    .frame {
      padding: 1rem 1.5rem;
    }
    .section,
    .summary-section {
      padding-inline-start: 1.25rem;
    }
  }
  @container (max-width: 22rem) {
    .choices {
      flex-direction: column;
      gap: 0;
    }
    .sb-button {
      inline-size: 100%;
    }
  }
  @media print {
    /* Summary and answers on one or two A4 pages: small type, two columns, no screen furniture. */
    .frame {
      max-inline-size: none;
      padding: 0;
      font-size: 8.5pt;
      line-height: 1.25;
      /* A pasted link or other long unbroken note must break inside its column, not run over the next one. */
      overflow-wrap: anywhere;
    }
    :focus-visible {
      outline: none;
    }
    h2 {
      font-size: 1.35em;
    }
    h3 {
      font-size: 1.1em;
    }
    h2,
    h3,
    h4,
    p,
    ul,
    dl {
      margin-block: 0.25em;
    }
    ul {
      padding-inline-start: 1.1em;
    }
    .intro,
    .actions,
    .confirm,
    .notices,
    .save-status,
    .progress {
      display: none;
    }
    .summary-sections,
    .print-only {
      columns: 2;
      column-gap: 6mm;
    }
    .print-only {
      display: block;
    }
    .print-only > h3 {
      column-span: all;
    }
    .section,
    .summary-section {
      content-visibility: visible;
      margin-block: 0 0.5em;
      break-inside: avoid;
      border-inline-start-width: 2px;
      padding-inline-start: 0.5em;
    }
    .chart {
      margin: 0;
    }
    .chart svg {
      max-inline-size: 7cm;
      margin-inline: auto;
    }
    .chart .current {
      fill: none;
    }
    .print-group {
      break-inside: avoid;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin-inline-start: 0.75em;
      margin-block-end: 0.2em;
    }
  }
`
