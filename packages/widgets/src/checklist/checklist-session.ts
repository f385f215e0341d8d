import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Checklist } from '@secure-base/content'
import type { MessageKey } from '../locales/index.js'
import {
  emptyAnswers,
  makeCompletion,
  mergeAnswers,
  recordCompletion,
  sameAnswers,
  stampChanges,
  type AnswerSet,
} from './checklist-model.js'
import { ChecklistStore } from './checklist-store.js'
import { readImport, type ImportResult } from './checklist-transfer.js'

/**
 * One visitor's sitting with one checklist: the answers in hand, where they are kept, and the
 * notices about them. The element renders from it and tells it what the visitor did.
 */

export interface Notice {
  id: 'migrated' | 'corrupt' | 'storage' | 'import'
  tone: 'info' | 'warning' | 'error'
  /** Kept as a message key, not text, so a notice follows a later change of language. */
  message: MessageKey
  params?: Record<string, string | number>
}

const notice = (id: Notice['id'], tone: Notice['tone'], message: MessageKey, params?: Notice['params']): Notice => ({
  id,
  tone,
  message,
  params,
})

/** The true reason answers are kept only in memory: storage that is full, or storage the browser withholds. */
const storageNotice = (reason: 'full' | 'unavailable'): Notice =>
  notice('storage', 'warning', reason === 'full' ? 'checklist.storageFull' : 'checklist.memoryOnly')

export class ChecklistSession implements ReactiveController {
  answers: AnswerSet = emptyAnswers()
  notices: Notice[] = []
  /** True once the latest change is safely in the browser's storage. */
  saved = false
  /** Set when earlier answers were found and restored unchanged, for a one-off announcement. */
  restoredEarlier = false

  private __answerStore?: ChecklistStore
  private __boundTo?: string
  private __checklist?: Checklist
  private readonly __onPageHide = () => this.__answerStore?.flush()

  /** Another tab saved answers to the same checklist under the same key: show them here at once. */
  private readonly __onStorage = (event: StorageEvent) => {
    const { __checklist: checklist, __answerStore: answerStore } = this
    if (!checklist || !answerStore || event.key !== answerStore.key || event.newValue === null) return
    const theirs = answerStore.read(checklist, event.newValue)
    if (theirs) this.__adopt(checklist, mergeAnswers(this.answers, theirs))
  }

  constructor(
    private readonly __host: ReactiveControllerHost,
    private readonly __onChange: (checklist: Checklist, answers: AnswerSet) => void,
  ) {
    __host.addController(this)
  }

  hostConnected(): void {
    addEventListener('pagehide', this.__onPageHide)
    addEventListener('storage', this.__onStorage)
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.__onPageHide)
    removeEventListener('storage', this.__onStorage)
    this.__answerStore?.flush()
  }

  /** Matches the answers saved under `key` to the content; a new checklist, version or key restores afresh. */
  bind(checklist: Checklist, key: string): boolean {
    this.__checklist = checklist
    if (`${key}|${checklist.version}` === this.__boundTo) return false
    this.__answerStore?.flush()
    this.__boundTo = `${key}|${checklist.version}`
    const store = new ChecklistStore(key)
    this.__answerStore = store
    const { set, outcome } = store.restore(checklist)
    this.answers = set
    this.saved = false
    this.restoredEarlier = outcome.kind === 'restored'
    const notices: Notice[] = []
    if (outcome.kind === 'migrated') {
      notices.push(
        notice('migrated', 'info', outcome.dropped ? 'checklist.migrated' : 'checklist.migratedNone', {
          count: outcome.dropped,
        }),
      )
      // Saving at once records the new version, so the notice is shown once, not on every visit.
      store.save(checklist, set)
    }
    if (outcome.kind === 'set-aside') notices.push(notice('corrupt', 'warning', 'checklist.corrupt'))
    if (store.notice) notices.push(storageNotice(store.notice))
    this.notices = notices
    return true
  }

  change(next: AnswerSet): void {
    const { __checklist: checklist } = this
    const store = this.__answerStore
    if (!checklist || !store) return
    const stamped = stampChanges(this.answers, next)
    this.answers = stamped
    this.saved = false
    store.saveSoon(checklist, stamped, ({ persistent, set }) => {
      if (persistent) this.saved = true
      else this.__noteStorageProblem()
      // Answers another tab saved meanwhile, merged in on the way to storage, show here too.
      if (this.answers === stamped) this.__adopt(checklist, set)
      this.__host.requestUpdate()
    })
    this.__host.requestUpdate()
    this.__onChange(checklist, stamped)
  }

  /** Shows answers merged with another tab's, without saving them again: they came from storage. */
  private __adopt(checklist: Checklist, merged: AnswerSet): void {
    if (sameAnswers(merged, this.answers)) return
    this.answers = merged
    this.__host.requestUpdate()
    this.__onChange(checklist, merged)
  }

  /** Records this completion (one per day) and saves straight away. */
  complete(): void {
    const { __checklist: checklist } = this
    if (!checklist) return
    this.change({
      ...this.answers,
      completions: recordCompletion(this.answers.completions, makeCompletion(checklist, this.answers)),
    })
    this.__answerStore?.flush()
  }

  /** Clears answers, notes and ratings; earlier completions stay. */
  clear(): void {
    this.change({ ...this.answers, answers: {}, ratings: {} })
    this.__answerStore?.flush()
    this.notices = this.notices.filter((n) => n.id === 'storage')
  }

  importText(text: string, filename: string): ImportResult | undefined {
    if (!this.__checklist) return undefined
    const result = readImport(text, this.__checklist, this.answers)
    if (!result.ok) {
      this.__putNotice(
        result.reason === 'wrong-checklist'
          ? notice('import', 'error', 'checklist.importWrongChecklist', { slug: result.slug })
          : notice('import', 'error', 'checklist.importNotJson'),
      )
      this.__host.requestUpdate()
      return result
    }
    this.__putNotice(notice('import', 'info', 'checklist.imported', { file: filename }))
    this.change(result.set)
    this.__answerStore?.flush()
    return result
  }

  dismiss(id: Notice['id']): void {
    this.notices = this.notices.filter((n) => n.id !== id)
    this.__host.requestUpdate()
  }

  /** Shows `next` in place of any notice with its id. */
  private __putNotice(next: Notice): void {
    this.notices = [...this.notices.filter((n) => n.id !== next.id), next]
  }

  private __noteStorageProblem(): void {
    this.__putNotice(storageNotice(this.__answerStore?.notice ?? 'unavailable'))
  }
}
