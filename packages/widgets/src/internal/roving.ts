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

type TabsHost = ReactiveControllerHost &
  HTMLElement & { renderRoot: HTMLElement | DocumentFragment; i18n: { dir: 'ltr' | 'rtl' } }

/**
 * The diagrams' tabs, each an SVG group with `data-index`: one tab stop (roving tabindex), arrow
 * keys moving focus without choosing, Enter or Space choosing the focused tab, a click choosing
 * and focusing. The element says what choosing means and, while rendering, which tab is
 * selected (`sync`); it puts `tabindex=${tabs.tabIndex(i)}` and `@keydown=${tabs.onKeydown}` on its
 * tabs and their list.
 */
export class RovingTabs {
  /** The tab keyboard focus is on; it differs from the selected one until Enter or Space. */
  private __focusIndex = 0
  /** The selection last mirrored into the tab stop, so a preset or changed selection moves it once. */
  private __synced?: string

  constructor(
    private readonly __tabsHost: TabsHost,
    private readonly __tabCount: () => number,
    private readonly __onChoose: (index: number) => void,
  ) {}

  /** Follows the selection (`key` at `index`, −1 for none) and keeps exactly one tab stop when content shrinks. */
  sync(key: string | undefined, index: number): void {
    if (key !== this.__synced && index >= 0) {
      this.__focusIndex = index
      this.__synced = key
    }
    if (this.__focusIndex >= this.__tabCount()) this.__focusIndex = Math.max(0, index)
  }

  tabIndex(index: number): 0 | -1 {
    return index === this.__focusIndex ? 0 : -1
  }

  select(index: number, focus = false): void {
    if (index < 0 || index >= this.__tabCount()) return
    this.__focusIndex = index
    this.__onChoose(index)
    if (focus) this.__focusAfterRender(index)
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      this.select(this.__focusIndex)
      return
    }
    const next = nextIndex(event.key, this.__focusIndex, this.__tabCount(), this.__tabsHost.i18n.dir)
    if (next === null) return
    event.preventDefault()
    this.__focusIndex = next
    this.__focusAfterRender(next)
  }

  private __focusAfterRender(index: number): void {
    this.__tabsHost.requestUpdate()
    void this.__tabsHost.updateComplete.then(() =>
      this.__tabsHost.renderRoot.querySelector<SVGGElement>(`[data-index="${index}"]`)?.focus(),
    )
  }
}
