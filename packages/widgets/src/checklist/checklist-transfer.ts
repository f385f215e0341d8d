import type { Checklist } from '@secure-base/content'
import { migrate, parseSaved, toSaved, type AnswerSet } from './checklist-model.js'

/**
 * Export to and import from a JSON file. Both happen entirely in the browser: the file is built
 * as a Blob and handed to the browser's download, and an imported file is read with File.text().
 */

export const exportFilename = (slug: string, now = new Date()) =>
  `secure-base-${slug}-${now.toISOString().slice(0, 10)}.json`

export const exportBlob = (checklist: Checklist, set: AnswerSet): Blob =>
  new Blob([JSON.stringify(toSaved(checklist, set), null, 2)], { type: 'application/json' })

/** Hands the file to the browser's download; nothing is sent anywhere. */
export const download = (blob: Blob, filename: string, container: Node): void => {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  container.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers; a later task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export type ImportResult =
  | { ok: true; set: AnswerSet; dropped: number }
  | { ok: false; reason: 'not-answers' }
  | { ok: false; reason: 'wrong-checklist'; slug: string }

/** Checks a file before anything changes; a file that fails leaves the current answers untouched. */
export const readImport = (text: string, checklist: Checklist, current: AnswerSet): ImportResult => {
  const saved = parseSaved(text)
  if (!saved) return { ok: false, reason: 'not-answers' }
  if (saved.checklist !== checklist.slug) return { ok: false, reason: 'wrong-checklist', slug: saved.checklist }
  const migration = migrate(saved, checklist)
  // Completions from both sides are kept, oldest first, without duplicates.
  const seen = new Set<string>()
  const completions = [...current.completions, ...migration.set.completions]
    .filter((c) => (seen.has(c.date) ? false : (seen.add(c.date), true)))
    .sort((a, b) => a.date.localeCompare(b.date))
  return { ok: true, set: { ...migration.set, completions }, dropped: migration.dropped }
}
