import { describe, expect, it } from 'vitest'
import { axisAngle, gridRing, labelPosition, pointOnAxis, radarPoints, toPointsAttribute } from './chart.js'

const frame = { cx: 100, cy: 100, radius: 80, max: 10 }

describe('radar chart geometry', () => {
  it('puts the first axis straight up and runs clockwise', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2)
    expect(pointOnAxis(frame, 0, 4, 10)).toEqual({ x: 100, y: 20 })
    expect(pointOnAxis(frame, 1, 4, 10)).toEqual({ x: 180, y: 100 })
    expect(pointOnAxis(frame, 2, 4, 10)).toEqual({ x: 100, y: 180 })
    expect(pointOnAxis(frame, 3, 4, 10)).toEqual({ x: 20, y: 100 })
  })

  it('scales a rating along its axis, with missing ratings at the centre and out-of-range ones clamped', () => {
    expect(pointOnAxis(frame, 0, 4, 5)).toEqual({ x: 100, y: 60 })
    expect(pointOnAxis(frame, 1, 4, null)).toEqual({ x: 100, y: 100 })
    expect(pointOnAxis(frame, 1, 4, 15)).toEqual({ x: 180, y: 100 })
    expect(pointOnAxis(frame, 1, 4, -3)).toEqual({ x: 100, y: 100 })
  })

  it('makes one point per value and a valid SVG points attribute', () => {
    const points = radarPoints(frame, [10, 0, 5, null, 2.5])
    expect(points).toHaveLength(5)
    expect(points[0]).toEqual({ x: 100, y: 20 })
    expect(
      toPointsAttribute([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe('1,2 3.5,4')
  })

  it('draws grid rings at a fixed level on every axis', () => {
    const ring = gridRing(frame, 5, 10)
    ring.forEach((p) => expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(80, 1))
  })

  it('anchors labels away from the chart on each side', () => {
    expect(labelPosition(frame, 0, 4).anchor).toBe('middle')
    expect(labelPosition(frame, 1, 4).anchor).toBe('start')
    expect(labelPosition(frame, 3, 4).anchor).toBe('end')
  })
})
