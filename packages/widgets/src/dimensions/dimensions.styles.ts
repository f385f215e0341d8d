import { css } from 'lit'

export const dimensionsStyles = css`
  :host {
    --_sb-dimensions-fill-opacity: var(--secure-base-dimensions-fill-opacity, 0.2);
  }
  .layout {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  [part~='diagram'] {
    display: block;
    inline-size: 100%;
    max-inline-size: 26rem;
    block-size: auto;
    margin-inline: auto;
    overflow: visible;
  }
  .dimension .disc {
    fill-opacity: var(--_sb-dimensions-fill-opacity);
    stroke-width: 2;
  }
  .dimension[data-highlighted] .disc {
    fill-opacity: calc(var(--_sb-dimensions-fill-opacity) * 2);
    stroke-width: 5;
  }
  .dimension[aria-selected='true'] .disc {
    fill-opacity: calc(var(--_sb-dimensions-fill-opacity) * 2.5);
    stroke: var(--_sb-text);
    stroke-width: 4;
  }
  .focus-ring {
    stroke-dasharray: 6 3;
  }
  .dimension text {
    fill: var(--_sb-text);
    font-size: 13px;
    text-anchor: middle;
  }
  .dimension[data-highlighted] text,
  .dimension[aria-selected='true'] text {
    font-weight: 700;
  }
  @media (prefers-reduced-motion: no-preference) {
    .dimension .disc {
      transition:
        fill-opacity 0.25s,
        stroke-width 0.25s;
    }
  }
  [part~='panel'] h3 {
    margin: 0;
  }
  [part~='subtitle'] {
    margin-block: 0 0.75rem;
    color: var(--_sb-text-muted);
    font-style: italic;
  }
  dl {
    margin: 0.75rem 0 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin-inline-start: 0;
    margin-block-end: 0.5rem;
  }
  [part~='setting-note'] {
    margin-block-start: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.25rem solid var(--_sb-accent);
    background: var(--_sb-surface);
  }
`
