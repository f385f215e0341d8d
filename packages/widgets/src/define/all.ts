/** The self-contained bundle's entry: registers every Secure Base element. */
export * from './checklist.js'
export * from './cycle.js'
export * from './dimensions.js'
export * from './resources.js'
