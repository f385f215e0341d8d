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
