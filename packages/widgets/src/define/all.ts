/** The self-contained bundle's entry: registers every Secure Base element. */
// First, so that it runs before Lit and can explain a page's Trusted Types policy refusing Lit's.
import '../internal/trusted-types.js'
export * from './checklist.js'
export * from './cycle.js'
export * from './dimensions.js'
export * from './resources.js'
