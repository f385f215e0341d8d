import { TRUSTED_TYPES_DIRECTIVE } from '../internal/trusted-types.js'

/** The strictest policy the widgets promise to work under (see the widgets README). */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'"

/**
 * The same policy enforcing Trusted Types: `allowed` lists the policies as the README says,
 * `refused` lists only a policy of the agency's own, as a page would that never heard of the widgets.
 */
export const TRUSTED_TYPES_CSP = {
  allowed: `${CSP}; require-trusted-types-for 'script'; ${TRUSTED_TYPES_DIRECTIVE}`,
  refused: `${CSP}; require-trusted-types-for 'script'; trusted-types agency-policy`,
} as const

/** JSON inside a script element must not be able to close the element early. */
const embeddable = (json: string) => json.replace(/</g, '\\u003c')

/**
 * A partner page under the strict policy. The bundle is loaded twice under two URLs, which the
 * browser treats as two separate modules, as when two embeds on one page each add the script tag.
 * Three widgets read the same-origin delivery API; one reads an inline JSON child.
 */
export const cspPage = (origin: string, dimensionsJson: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Widgets under a strict Content-Security-Policy</title>
<script type="module" src="/csp/secure-base-widgets.js"></script>
<script type="module" src="/csp/secure-base-widgets.js?second-copy"></script>
</head>
<body>
<secure-base-checklist api="${origin}" checklist="5-10-years"></secure-base-checklist>
<secure-base-cycle api="${origin}" dimension="availability"></secure-base-cycle>
<secure-base-dimensions highlight="acceptance"><script type="application/json">${embeddable(dimensionsJson)}</script></secure-base-dimensions>
<secure-base-resources api="${origin}" lang="cy"></secure-base-resources>
</body>
</html>
`
