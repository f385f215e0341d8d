import type { common as en } from '../en/common.js'

/** UI text shared by every widget, in Welsh. */
export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Wrthi’n llwytho…',
  'common.retry': 'Rhowch gynnig arall',
  'common.empty': 'Does dim i’w ddangos yma eto.',
  'common.error.network': 'Doedd dim modd cyrraedd y cynnwys. Gwiriwch eich cysylltiad a rhowch gynnig arall.',
  'common.error.http': 'Cafodd y gweinydd cynnwys broblem ({status}). Rhowch gynnig arall.',
  'common.error.notFound': 'Doedd dim modd dod o hyd i’r cynnwys hwn. Efallai ei fod wedi’i symud neu ei dynnu’n ôl.',
  'common.error.invalid': 'Cyrhaeddodd y cynnwys mewn ffurf na all y teclyn hwn ei darllen.',
  'common.error.timeout': 'Mae’r cynnwys yn cymryd gormod o amser i gyrraedd. Rhowch gynnig arall.',
  'common.error.notAllowed': 'Dyw’r wefan hon ddim wedi’i gosod i ddangos y cynnwys hwn eto.',
  'common.error.trustedTypes': 'Dyw gosodiadau diogelwch y wefan hon ddim yn gadael i’r cynnwys hwn ymddangos yma eto.',
  'common.credit':
    'Datblygwyd y model Sylfaen Ddiogel gan Gillian Schofield a Mary Beek ym Mhrifysgol East Anglia.',
  'common.creditLink': 'Am y model Sylfaen Ddiogel ym Mhrifysgol East Anglia',
  'common.date': '{day} {month} {year}',
  'common.month.0': 'Ionawr',
  'common.month.1': 'Chwefror',
  'common.month.2': 'Mawrth',
  'common.month.3': 'Ebrill',
  'common.month.4': 'Mai',
  'common.month.5': 'Mehefin',
  'common.month.6': 'Gorffennaf',
  'common.month.7': 'Awst',
  'common.month.8': 'Medi',
  'common.month.9': 'Hydref',
  'common.month.10': 'Tachwedd',
  'common.month.11': 'Rhagfyr',
  'common.fallbackNotice': 'Nid yw peth o’r cynnwys hwn ar gael yn eich iaith eto, felly fe’i dangosir yn Saesneg.',
}
