import { cpus, loadavg, totalmem } from 'node:os'
import { type PartResult, Skipped, renderTable } from './report.js'
import { runAdminBuild } from './admin-build.js'
import { runCmsBench } from './cms-bench.js'
import { runSize } from './size.js'
import { runWidgetSpeed } from './widget-speed.js'

export interface Options {
  smoke: boolean
  profile: boolean
}

/** `name` is what `--only=` selects; `label` is how the table names the part. */
type Part = { name: string; label: string; run: (options: Options) => Promise<PartResult | PartResult[]> }

const PARTS: Part[] = [
  { name: 'size', label: 'size', run: () => runSize() },
  { name: 'speed', label: 'widget speed', run: ({ smoke, profile }) => runWidgetSpeed({ smoke, profile }) },
  { name: 'cms', label: 'delivery API + CMS', run: (options) => runCmsBench(options) },
  { name: 'build', label: 'admin build', run: ({ smoke }) => runAdminBuild({ smoke }) },
]

const parseArgs = (argv: string[]): Options & { only: Set<string> | null } => {
  const only = argv.find((a) => a.startsWith('--only='))
  return {
    smoke: argv.includes('--smoke'),
    profile: argv.includes('--profile'),
    only: only ? new Set(only.slice('--only='.length).split(',')) : null,
  }
}

const main = async (): Promise<void> => {
  const options = parseArgs(process.argv.slice(2))
  const unknown = [...(options.only ?? [])].filter((name) => !PARTS.some((p) => p.name === name))
  if (unknown.length) {
    console.error(`unknown part(s) ${unknown.join(', ')}; the parts are ${PARTS.map((p) => p.name).join(', ')}`)
    process.exit(2)
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
  console.log(`Secure Base benchmarks (${options.smoke ? 'smoke: short runs, same code paths' : 'full'}) on ${machine}`)
  console.log(
    `load average at the start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )

  const results: PartResult[] = []
  for (const part of PARTS) {
    if (options.only && !options.only.has(part.name)) continue
    console.log(`→ ${part.label}`)
    const started = performance.now()
    try {
      const out = await part.run(options)
      results.push(...(Array.isArray(out) ? out : [out]))
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      // During development a missing prerequisite is only reported; a smoke run (CI) needs every part's figures.
      results.push({
        part: part.label,
        rows: error instanceof Skipped ? error.partial : [],
        skipped: reason,
        failures: error instanceof Skipped && !options.smoke ? [] : [`${part.label}: ${reason}`],
      })
    }
  }

  console.log(`\n${renderTable(results)}\n`)
  // Other work on the machine slows every figure; the load average says how much there was.
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (${cpus().length} cores)`,
  )
  const blank = results.flatMap((r) => r.rows).filter((row) => /NaN|n\/a|Infinity/.test(row.value))
  const failures = [
    ...results.flatMap((r) => r.failures),
    ...blank.map((row) => `${row.part}: "${row.measure}" produced no figure (${row.value})`),
  ]
  if (failures.length) {
    console.error(`${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`)
    process.exitCode = 1
  }
}

await main()
