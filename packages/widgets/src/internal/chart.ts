/**
 * Geometry of the star (radar) chart of the five dimension ratings, as pure functions so the
 * numbers can be tested apart from the DOM. Axes start at the top and run clockwise.
 */

import { pointAt, type Point } from './geometry.js'

export interface RadarFrame {
  cx: number
  cy: number
  radius: number
  max: number
}

/** The angle of axis `index` of `count`, in radians, 0 being straight up. */
export const axisAngle = (index: number, count: number): number => (2 * Math.PI * index) / count - Math.PI / 2

// The same polar placement as the cycle's ring, where axis `index` of `count` sits at 360 / count × index degrees.
const polar = (frame: RadarFrame, index: number, count: number, distance: number): Point =>
  pointAt(frame.cx, frame.cy, distance, (360 / count) * index)

/** Where `value` (0..max, clamped) sits on axis `index`. A missing rating sits at the centre. */
export const pointOnAxis = (frame: RadarFrame, index: number, count: number, value: number | null): Point => {
  const share = value === null || Number.isNaN(value) ? 0 : Math.min(frame.max, Math.max(0, value)) / frame.max
  return polar(frame, index, count, frame.radius * share)
}

export const radarPoints = (frame: RadarFrame, values: readonly (number | null)[]): Point[] =>
  values.map((value, i) => pointOnAxis(frame, i, values.length, value))

/** The polygon for one level of the background grid (e.g. 2, 4, 6, 8, 10). */
export const gridRing = (frame: RadarFrame, count: number, level: number): Point[] =>
  radarPoints(frame, Array<number>(count).fill(level))

/** An SVG `points` attribute. */
export const toPointsAttribute = (points: readonly Point[]): string => points.map((p) => `${p.x},${p.y}`).join(' ')

/** Where a label for axis `index` goes: a little beyond the end of the axis. */
export const labelPosition = (
  frame: RadarFrame,
  index: number,
  count: number,
  gap = 14,
): Point & { anchor: 'start' | 'middle' | 'end' } => {
  const distance = frame.radius + gap
  const at = polar(frame, index, count, distance)
  // How far the label sits to the side of the centre, from −1 (left) to 1 (right).
  const side = (at.x - frame.cx) / distance
  return { ...at, anchor: Math.abs(side) < 0.2 ? 'middle' : side > 0 ? 'start' : 'end' }
}

/** The drawing's visible area, in the units of the chart's `viewBox`. */
export interface ViewBox {
  x: number
  y: number
  width: number
  height: number
}

export interface LabelBox {
  x: number
  y: number
  width: number
  height: number
  /** Which edge of the box the text keeps to: the one nearest the axis end. */
  anchor: 'start' | 'middle' | 'end'
  /** Where the lines sit in the box: towards the chart, so a short name stays by its axis. */
  align: 'top' | 'middle' | 'bottom'
}

/**
 * The box a label for axis `index` may fill: from a little beyond the end of its axis to the
 * drawing's edge, `lines` lines tall, kept inside the drawing. A long name wraps inside it
 * rather than running past the edge, where it would be cut off.
 */
export const labelBox = (
  frame: RadarFrame,
  index: number,
  count: number,
  view: ViewBox,
  lineHeight: number,
  lines = 3,
): LabelBox => {
  const at = labelPosition(frame, index, count)
  const right = view.x + view.width
  const width =
    at.anchor === 'start'
      ? right - at.x
      : at.anchor === 'end'
        ? at.x - view.x
        : 2 * Math.min(at.x - view.x, right - at.x)
  const x = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2
  const height = lines * lineHeight
  const above = at.y < frame.cy - frame.radius / 2
  const below = at.y > frame.cy + frame.radius / 2
  const wanted = above ? at.y + lineHeight / 2 - height : below ? at.y - lineHeight / 2 : at.y - height / 2
  const y = Math.min(Math.max(wanted, view.y), view.y + view.height - height)
  return { x, y, width, height, anchor: at.anchor, align: above ? 'bottom' : below ? 'top' : 'middle' }
}
