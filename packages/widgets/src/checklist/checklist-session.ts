import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Checklist } from '@secure-base/content'
import type { MessageKey } from '../locales/index.js'
import { emptyAnswers, makeCompletion, mergeAnswers, recordCompletion, sameAnswers, stampChanges, type AnswerSet } from './checklist-model.js'
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

  private answerStore?: ChecklistStore
  private boundTo?: string
  private checklist?: Checklist
  private readonly onPageHide = () => this.answerStore?.flush()

  /** Another tab saved answers to the same checklist under the same key: show them here at once. */
  private readonly onStorage = (event: StorageEvent) => {
    const { checklist, answerStore } = this
    if (!checklist || !answerStore || event.key !== answerStore.key || event.newValue === null) return
    const theirs = answerStore.read(checklist, event.newValue)
    if (theirs) this.adopt(checklist, mergeAnswers(this.answers, theirs))
  }

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (checklist: Checklist, answers: AnswerSet) => void,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide)
    addEventListener('storage', this.onStorage)
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide)
    removeEventListener('storage', this.onStorage)
    this.answerStore?.flush()
  }

  /** Matches the answers saved under `key` to the content; a new checklist, version or key restores afresh. */
  bind(checklist: Checklist, key: string): boolean {
    this.checklist = checklist
    if (`${key}|${checklist.version}` === this.boundTo) return false
    this.answerStore?.flush()
    this.boundTo = `${key}|${checklist.version}`
    const store = new ChecklistStore(key)
    this.answerStore = store
    const { set, outcome } = store.restore(checklist)
    this.answers = set
    this.saved = false
    this.restoredEarlier = outcome.kind === 'restored'
    const notices: Notice[] = []
    if (outcome.kind === 'migrated') {
      notices.push(notice('migrated', 'info', outcome.dropped ? 'checklist.migrated' : 'checklist.migratedNone', { count: outcome.dropped }))
      // Saving at once records the new version, so the notice is shown once, not on every visit.
      store.save(checklist, set)
    }
    if (outcome.kind === 'set-aside') notices.push(notice('corrupt', 'warning', 'checklist.corrupt'))
    if (store.notice) notices.push(storageNotice(store.notice))
    this.notices = notices
    return true
  }

  change(next: AnswerSet): void {
    const { checklist } = this
    const store = this.answerStore
    if (!checklist || !store) return
    const stamped = stampChanges(this.answers, next)
    this.answers = stamped
    this.saved = false
    store.saveSoon(checklist, stamped, ({ persistent, set }) => {
      if (persistent) this.saved = true
      else this.noteStorageProblem()
      // Answers another tab saved meanwhile, merged in on the way to storage, show here too.
      if (this.answers === stamped) this.adopt(checklist, set)
      this.host.requestUpdate()
    })
    this.host.requestUpdate()
    this.onChange(checklist, stamped)
  }

  /** Shows answers merged with another tab's, without saving them again: they came from storage. */
  private adopt(checklist: Checklist, merged: AnswerSet): void {
    if (sameAnswers(merged, this.answers)) return
    this.answers = merged
    this.host.requestUpdate()
    this.onChange(checklist, merged)
  }

  /** Records this completion (one per day) and saves straight away. */
  complete(): void {
    const { checklist } = this
    if (!checklist) return
    this.change({ ...this.answers, completions: recordCompletion(this.answers.completions, makeCompletion(checklist, this.answers)) })
    this.answerStore?.flush()
  }

  /** Clears answers, notes and ratings; earlier completions stay. */
  clear(): void {
    this.change({ ...this.answers, answers: {}, ratings: {} })
    this.answerStore?.flush()
    this.notices = this.notices.filter((n) => n.id === 'storage')
  }

  importText(text: string, filename: string): ImportResult | undefined {
    if (!this.checklist) return undefined
    const result = readImport(text, this.checklist, this.answers)
    if (!result.ok) {
      this.putNotice(
        result.reason === 'wrong-checklist'
          ? notice('import', 'error', 'checklist.importWrongChecklist', { slug: result.slug })
          : notice('import', 'error', 'checklist.importNotJson'),
      )
      this.host.requestUpdate()
      return result
    }
    this.putNotice(notice('import', 'info', 'checklist.imported', { file: filename }))
    this.change(result.set)
    this.answerStore?.flush()
    return result
  }

  dismiss(id: Notice['id']): void {
    this.notices = this.notices.filter((n) => n.id !== id)
    this.host.requestUpdate()
  }

  /** Shows `next` in place of any notice with its id. */
  private putNotice(next: Notice): void {
    this.notices = [...this.notices.filter((n) => n.id !== next.id), next]
  }

  private noteStorageProblem(): void {
    this.putNotice(storageNotice(this.answerStore?.notice ?? 'unavailable'))
  }
}
