import { checklist as enChecklist } from './en/checklist.js'
import { common as enCommon } from './en/common.js'
import { diagrams as enDiagrams } from './en/diagrams.js'
import { checklist as cyChecklist } from './cy/checklist.js'
import { common as cyCommon } from './cy/common.js'
import { diagrams as cyDiagrams } from './cy/diagrams.js'

/** English is the source catalogue: every other language must carry the same keys. */
const en = { ...enCommon, ...enChecklist, ...enDiagrams }
export type MessageKey = keyof typeof en
type Catalogue = Record<MessageKey, string>

const cy: Catalogue = { ...cyCommon, ...cyChecklist, ...cyDiagrams }

export const catalogues = { en, cy } satisfies Record<string, Catalogue>
export type UiLocale = keyof typeof catalogues
