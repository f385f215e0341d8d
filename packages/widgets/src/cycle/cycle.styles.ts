import { css } from 'lit'

export const cycleStyles = css`
  :host {
    --_sb-cycle-child: var(--secure-base-cycle-child, var(--_sb-surface-raised));
    --_sb-cycle-caregiver: var(--secure-base-cycle-caregiver, var(--_sb-surface));
    --_sb-cycle-arrow: var(--secure-base-cycle-arrow, var(--_sb-text-muted));
  }
  .layout {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 42rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  h2 {
    margin-block: 0 0.5rem;
    font-size: 1.35em;
  }
  .intro :first-child {
    margin-block-start: 0;
  }
  [part~='diagram'] {
    display: block;
    inline-size: 100%;
    max-inline-size: 32rem;
    block-size: auto;
    margin-inline: auto;
    overflow: visible;
  }
  .ring {
    fill: none;
    stroke: var(--_sb-border);
    stroke-opacity: 0.35;
  }
  .arrow {
    fill: none;
    stroke: var(--_sb-cycle-arrow);
    stroke-width: 2.5;
    stroke-dasharray: 7 5;
  }
  .arrow-head {
    fill: var(--_sb-cycle-arrow);
  }
  @media (prefers-reduced-motion: no-preference) {
    /* A slow drift along the arrows suggests the loop keeps turning; off when motion is unwelcome. */
    .arrow {
      animation: sb-cycle-flow 2.4s linear infinite;
    }
    .stage .shape {
      transition: stroke-width 0.2s;
    }
  }
  @keyframes sb-cycle-flow {
    to {
      stroke-dashoffset: -24;
    }
  }
  .stage .shape {
    stroke: var(--_sb-border);
    stroke-width: 1.5;
  }
  .stage[data-actor='child'] .shape {
    fill: var(--_sb-cycle-child);
    stroke-dasharray: 5 3;
  }
  .stage[data-actor='caregiver'] .shape {
    fill: var(--_sb-cycle-caregiver);
  }
  .stage[aria-selected='true'] .shape {
    stroke: var(--_sb-accent);
    stroke-width: 4;
    stroke-dasharray: none;
  }
  /* HTML inside the drawing, so a stage's name wraps to its shape in any language. */
  .name {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    block-size: 100%;
    color: var(--_sb-text);
    font-size: 11px;
    line-height: 1.2;
    text-align: center;
  }
  .name .actor {
    color: var(--_sb-text-muted);
    font-size: 9px;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .centre text {
    fill: var(--_sb-text);
    font-size: 10px;
    text-anchor: middle;
  }
  /* Below this width the drawing is at most life size: stage names grow to stay readable on a phone. */
  @container (max-width: 26rem) {
    .name {
      font-size: 15px;
    }
    .name .actor,
    .centre text + text {
      display: none;
    }
    .centre text {
      font-size: 14px;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_sb-text-muted);
  }
  .legend svg {
    inline-size: 1.6em;
    vertical-align: middle;
    margin-inline-end: 0.3em;
  }
  [part~='panel'] {
    border-inline-start: 0.35rem solid var(--_sb-accent);
  }
  [part~='panel'] h3 {
    margin-block: 0.25rem 0.5rem;
  }
  [part~='position'] {
    margin: 0;
    color: var(--_sb-text-muted);
    font-size: 0.9em;
  }
  [part~='dimension-step'] {
    margin-block-start: 0.75rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_sb-border);
  }
  [part~='dimension-step'] h4 {
    margin: 0 0 0.25rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  [part~='credit'] {
    font-size: 0.85em;
    color: var(--_sb-text-muted);
  }
`
