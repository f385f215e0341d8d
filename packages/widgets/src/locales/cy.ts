import type { Catalogue } from './en.js'
import { checklist } from './cy/checklist.js'
import { common } from './cy/common.js'
import { diagrams } from './cy/diagrams.js'

export const cy: Catalogue = { ...common, ...checklist, ...diagrams }
