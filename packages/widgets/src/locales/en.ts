import { checklist } from './en/checklist.js'
import { common } from './en/common.js'
import { diagrams } from './en/diagrams.js'

/** English is the source catalogue: every other language must carry the same keys. */
export const en = { ...common, ...checklist, ...diagrams }
export type MessageKey = keyof typeof en
export type Catalogue = Record<MessageKey, string>
/** The languages the widgets' UI is written in. */
export type UiLocale = 'en' | 'cy'
