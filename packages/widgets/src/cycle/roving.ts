import type { ReactiveControllerHost } from 'lit'

/**
 * Keyboard movement for a diagram that is one tab stop with arrow keys inside (the radio-group
 * pattern): Left/Up go back, Right/Down go forward, both wrapping round; Home and End jump to the
 * ends. In right-to-left text Left and Right swap, as the reading direction does.
 */
export const nextIndex = (key: string, current: number, count: number, dir: 'ltr' | 'rtl' = 'ltr'): number | null => {
  if (count === 0) return null
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (current + 1) % count
    case back:
    case 'ArrowUp':
      return (current - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

type TabsHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; i18n: { dir: 'ltr' | 'rtl' } }

/**
 * The diagrams' tabs, each an SVG group with `data-index`: one tab stop (roving tabindex), arrow
 * keys moving focus without choosing, Enter or Space choosing the focused tab, a click choosing
 * and focusing. The element says what choosing means and, while rendering, which tab is
 * selected (`sync`); it puts `tabindex=${tabs.tabIndex(i)}` and `@keydown=${tabs.onKeydown}` on its
 * tabs and their list.
 */
export class RovingTabs {
  /** The tab keyboard focus is on; it differs from the selected one until Enter or Space. */
  private focusIndex = 0
  /** The selection last mirrored into the tab stop, so a preset or changed selection moves it once. */
  private synced?: string

  constructor(
    private readonly tabsHost: TabsHost,
    private readonly tabCount: () => number,
    private readonly onChoose: (index: number) => void,
  ) {}

  /** Follows the selection (`key` at `index`, −1 for none) and keeps exactly one tab stop when content shrinks. */
  sync(key: string | undefined, index: number): void {
    if (key !== this.synced && index >= 0) {
      this.focusIndex = index
      this.synced = key
    }
    if (this.focusIndex >= this.tabCount()) this.focusIndex = Math.max(0, index)
  }

  tabIndex(index: number): 0 | -1 {
    return index === this.focusIndex ? 0 : -1
  }

  select(index: number, focus = false): void {
    if (index < 0 || index >= this.tabCount()) return
    this.focusIndex = index
    this.onChoose(index)
    if (focus) this.focusAfterRender(index)
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      this.select(this.focusIndex)
      return
    }
    const next = nextIndex(event.key, this.focusIndex, this.tabCount(), this.tabsHost.i18n.dir)
    if (next === null) return
    event.preventDefault()
    this.focusIndex = next
    this.focusAfterRender(next)
  }

  private focusAfterRender(index: number): void {
    this.tabsHost.requestUpdate()
    void this.tabsHost.updateComplete.then(() => this.tabsHost.renderRoot.querySelector<SVGGElement>(`[data-index="${index}"]`)?.focus())
  }
}
