/**
 * Pure geometry of the cycle ring, kept apart from the element so the layout can be tested and
 * reused without a DOM. Angles are in degrees, 0 straight up, growing clockwise, matching the way
 * the loop is read.
 */

export interface Point {
  x: number
  y: number
}

const round = (n: number) => Math.round(n * 100) / 100

export const pointAt = (cx: number, cy: number, radius: number, degrees: number): Point => {
  const radians = ((degrees - 90) * Math.PI) / 180
  return { x: round(cx + radius * Math.cos(radians)), y: round(cy + radius * Math.sin(radians)) }
}

/** Where each of `count` nodes sits on the ring, the first at the top. */
export const nodePositions = (count: number, cx: number, cy: number, radius: number): Point[] =>
  Array.from({ length: count }, (_, i) => pointAt(cx, cy, radius, (360 / count) * i))

/**
 * The arrow from node `index` to the next one (the last returns to the first) as an SVG arc path.
 * `gap` is the share of each step left clear at both ends so the arrow does not run under a node.
 */
export const arrowPath = (index: number, count: number, cx: number, cy: number, radius: number, gap = 0.3): string => {
  const step = 360 / count
  const from = pointAt(cx, cy, radius, step * (index + gap))
  const to = pointAt(cx, cy, radius, step * (index + 1 - gap))
  const largeArc = step * (1 - 2 * gap) > 180 ? 1 : 0
  return `M ${from.x} ${from.y} A ${radius} ${radius} 0 ${largeArc} 1 ${to.x} ${to.y}`
}

/**
 * Breaks a label into lines of about `width` characters, since SVG text does not wrap; long
 * words stay whole rather than being cut mid-word.
 */
export const wrapLabel = (label: string, width: number, maxLines: number): string[] => {
  const lines: string[] = []
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`
  return kept
}
