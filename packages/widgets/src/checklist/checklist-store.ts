import type { Checklist } from '@secure-base/content'
import { SafeStorage, type StorageNotice } from '../internal/storage.js'
import { emptyAnswers, mergeAnswers, migrate, parseSaved, toSaved, type AnswerSet } from './checklist-model.js'

/**
 * Keeps one checklist's answers in the visitor's browser, and nowhere else. The key names the
 * CMS origin (or `inline`) and the checklist, so two checklists on a page, or the same slug from
 * two agencies' servers, never share answers.
 */

export type RestoreOutcome =
  { kind: 'fresh' } | { kind: 'restored' } | { kind: 'migrated'; dropped: number } | { kind: 'set-aside'; key: string }

export interface Restored {
  set: AnswerSet
  outcome: RestoreOutcome
}

const SAVE_DELAY = 400

export interface Saved {
  /** False when the answers could only be kept in memory. */
  persistent: boolean
  /** What was saved: the answers given, merged with any another tab saved meanwhile. */
  set: AnswerSet
}

export const storageKeyFor = (options: { api?: string | undefined; slug: string; namespace?: string | undefined }) => {
  let origin = 'inline'
  if (options.api) {
    try {
      origin = new URL(options.api).origin
    } catch {
      origin = options.api
    }
  }
  return ['secure-base-checklist', options.namespace || null, origin, options.slug].filter(Boolean).join(':')
}

export class ChecklistStore {
  private __saveTimer: ReturnType<typeof setTimeout> | undefined
  private __pendingSave: (() => void) | undefined

  constructor(
    readonly key: string,
    private readonly __storage = new SafeStorage(),
  ) {}

  get notice(): StorageNotice {
    return this.__storage.notice
  }

  /** Reads saved answers; unreadable ones are moved aside under another key, never thrown away. */
  restore(checklist: Checklist): Restored {
    const raw = this.__storage.get(this.key)
    if (raw === null) return { set: emptyAnswers(), outcome: { kind: 'fresh' } }
    const saved = parseSaved(raw)
    if (saved?.checklist !== checklist.slug) {
      const aside = `${this.key}:set-aside:${new Date().toISOString()}`
      this.__storage.set(aside, raw)
      this.__storage.remove(this.key)
      return { set: emptyAnswers(), outcome: { kind: 'set-aside', key: aside } }
    }
    const migration = migrate(saved, checklist)
    return {
      set: migration.set,
      outcome: migration.versionChanged ? { kind: 'migrated', dropped: migration.dropped } : { kind: 'restored' },
    }
  }

  /**
   * The answers another tab saved under this key, as they apply to `checklist`; undefined when
   * there are none, or they belong to another checklist.
   */
  read(checklist: Checklist, raw = this.__storage.get(this.key)): AnswerSet | undefined {
    const saved = raw === null ? undefined : parseSaved(raw)
    return saved?.checklist === checklist.slug ? migrate(saved, checklist).set : undefined
  }

  /** Saves after a short pause so typing a note does not write on every key press. */
  saveSoon(checklist: Checklist, set: AnswerSet, onSaved: (saved: Saved) => void): void {
    clearTimeout(this.__saveTimer)
    this.__pendingSave = () => onSaved(this.save(checklist, set))
    this.__saveTimer = setTimeout(() => this.flush(), SAVE_DELAY)
  }

  /** Writes any pending save now (on leaving the page, or before the element goes away). */
  flush(): void {
    clearTimeout(this.__saveTimer)
    this.__saveTimer = undefined
    const pending = this.__pendingSave
    this.__pendingSave = undefined
    pending?.()
  }

  /**
   * Writes `set` merged with what is stored now, which another tab on the same checklist may have
   * changed since this one last read it, so that neither tab overwrites the other's newer answers.
   */
  save(checklist: Checklist, set: AnswerSet): Saved {
    const stored = this.read(checklist)
    const merged = stored ? mergeAnswers(set, stored) : set
    return { persistent: this.__storage.set(this.key, JSON.stringify(toSaved(checklist, merged))), set: merged }
  }
}
