/**
 * The element classes and their types, without registering any tag name: import
 * `@secure-base/widgets/define/<name>` (or load `secure-base-widgets.js`) to register them.
 */
export { SecureBaseElement } from './internal/base-element.js'
export { SecureBaseChecklist } from './checklist/checklist.js'
export { SecureBaseCycle } from './cycle/cycle.js'
export { SecureBaseDimensions } from './dimensions/dimensions.js'
export { SecureBaseResources } from './resources/resources.js'
export type * from './internal/events.js'
export type { ContentState, ContentErrorKind } from './internal/content-controller.js'
export type { UiLocale } from './locales/index.js'
