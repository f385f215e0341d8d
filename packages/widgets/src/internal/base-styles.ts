import { css } from 'lit'

/**
 * The theming contract shared by every widget. Component styles read the private `--_sb-*`
 * tokens; each takes the host page's public `--secure-base-*` property when set and otherwise a
 * light or dark default. These defaults are the only literal colours in the package.
 */
const lightTokens = css`
  --_sb-accent: var(--secure-base-accent, #1b5e8c);
  --_sb-accent-contrast: var(--secure-base-accent-contrast, #ffffff);
  --_sb-surface: var(--secure-base-surface, #ffffff);
  --_sb-surface-raised: var(--secure-base-surface-raised, #f3f5f7);
  --_sb-text: var(--secure-base-text, #1c2227);
  --_sb-text-muted: var(--secure-base-text-muted, #4d5860);
  --_sb-border: var(--secure-base-border, #7b8790);
  --_sb-danger: var(--secure-base-danger, #a4262c);
  --_sb-success: var(--secure-base-success, #1e6b3a);
`

const darkTokens = css`
  --_sb-accent: var(--secure-base-accent, #8cc4ef);
  --_sb-accent-contrast: var(--secure-base-accent-contrast, #0d1b26);
  --_sb-surface: var(--secure-base-surface, #161b20);
  --_sb-surface-raised: var(--secure-base-surface-raised, #222a31);
  --_sb-text: var(--secure-base-text, #eef2f5);
  --_sb-text-muted: var(--secure-base-text-muted, #b7c2ca);
  --_sb-border: var(--secure-base-border, #7f8c96);
  --_sb-danger: var(--secure-base-danger, #ff9c9c);
  --_sb-success: var(--secure-base-success, #8fd9a8);
`

export const baseStyles = css`
  :host {
    ${lightTokens}
    --_sb-radius: var(--secure-base-radius, 0.5rem);
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--secure-base-font, inherit);
    color: var(--_sb-text);
    background: var(--_sb-surface);
    color-scheme: light;
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--secure-base-focus-ring, 3px solid var(--_sb-accent));
    outline-offset: 2px;
  }
  /* Links take the accent unless it does not read on the surface (see contrast.ts). */
  a {
    color: var(--_sb-link, var(--_sb-accent));
  }
  /*
   * Under dir="rtl" the layout mirrors, but English or Welsh sentences keep their own direction:
   * each block of text takes it from its first letters, so a full stop stays at the sentence's end.
   */
  p,
  li,
  h2,
  h3,
  h4,
  legend,
  label,
  dt,
  dd,
  [part~='status'] {
    unicode-bidi: plaintext;
  }
  /* The diagrams' tabs are SVG shapes: focus shows as a ring drawn round the shape, not an outline. */
  [role='tab'] {
    cursor: pointer;
    outline: none;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  :focus-visible > .focus-ring {
    stroke: var(--_sb-accent);
    stroke-width: 3;
  }
  .sb-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Every drop-down in the widgets (the cycle's dimension picker, the resource filters) looks alike. */
  select {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    color: var(--_sb-text);
    background: var(--_sb-surface);
    border: 1px solid var(--_sb-border);
    border-radius: var(--_sb-radius);
  }
  .sb-button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_sb-radius);
    border: 2px solid var(--_sb-accent);
    background: var(--_sb-accent);
    color: var(--_sb-accent-contrast);
    cursor: pointer;
  }
  .sb-button[data-variant='quiet'] {
    background: transparent;
    color: var(--_sb-text);
  }
  [part~='status'],
  [part~='error'],
  [part~='panel'] {
    padding: 1rem;
    border-radius: var(--_sb-radius);
    background: var(--_sb-surface-raised);
  }
  [part~='error'] {
    border-inline-start: 0.35rem solid var(--_sb-danger);
  }
  .swatch {
    inline-size: 0.85em;
    margin-inline-end: 0.35em;
  }
  @media print {
    /* As specific as the dark rules above and after them, so paper is white whatever the theme. */
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      color-scheme: light;
      --_sb-accent: #000000;
      --_sb-accent-contrast: #ffffff;
      --_sb-surface: #ffffff;
      --_sb-surface-raised: #ffffff;
      --_sb-text: #000000;
      --_sb-text-muted: #000000;
      --_sb-border: #000000;
    }
    button,
    .sb-button {
      display: none !important;
    }
  }
`
