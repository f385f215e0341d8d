/** One line of the results table: which benchmark, what was measured, the figure, and what it is set against. */
export interface Row {
  part: string
  measure: string
  value: string
  note?: string
}

/** Raised when a part cannot run (a missing build, a port in use); the run goes on and says why. */
export class Skipped extends Error {
  override name = 'Skipped'
  constructor(
    message: string,
    /** Figures the part did manage to measure before it stopped. */
    readonly partial: Row[] = [],
  ) {
    super(message)
  }
}

export interface PartResult {
  part: string
  rows: Row[]
  /** Why the part did not run, if it did not. */
  skipped?: string
  /** Problems that make the smoke run fail: a missing figure or a broken byte budget. */
  failures: string[]
}

export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`

export const ms = (value: number): string => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`)

export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(2)} s`

export const mb = (bytes: number, digits = 0): string => `${(bytes / 1e6).toFixed(digits)} MB`

export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a')

export const median = (values: number[]): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Renders the rows as a Markdown table, so the README can show a run exactly as it was printed. */
export const renderTable = (results: PartResult[]): string => {
  const rows: Row[] = results.flatMap((r) =>
    r.skipped ? [...r.rows, { part: r.part, measure: 'not run', value: '—', note: r.skipped }] : r.rows,
  )
  const header: Row = { part: 'part', measure: 'measure', value: 'value', note: 'notes' }
  // A table cell is one line: a multi-line error keeps its first line here and in full below the table.
  const cells = (row: Row) => [row.part, row.measure, row.value, (row.note ?? '').split('\n')[0]!.replaceAll('|', '/')]
  const widths = cells(header).map((_, i) => Math.max(...[header, ...rows].map((row) => cells(row)[i]!.length)))
  const line = (row: Row) =>
    `| ${cells(row)
      .map((c, i) => c.padEnd(widths[i]!))
      .join(' | ')} |`
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
