// Lints the workspace and runs every package's tests through turbo, then adds up what each test runner reported.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const started = Date.now()

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1

if (run('node', ['scripts/ensure-chromium.mjs']) !== 0) process.exit(1)
const status = run('pnpm', [
  'exec',
  'turbo',
  'run',
  'lint',
  'lint:workspace',
  'test',
  '--concurrency=1',
  ...process.argv.slice(2),
])

// Each package's runners write JSON reports into <package>/.test-results/.
const reports = []
for (const group of ['apps', 'packages', 'examples', 'bench']) {
  const groupDir = join(root, group)
  if (!existsSync(groupDir)) continue
  const dirs = group === 'bench' ? [groupDir] : readdirSync(groupDir).map((d) => join(groupDir, d))
  for (const dir of dirs) {
    const results = join(dir, '.test-results')
    if (!existsSync(results)) continue
    for (const file of readdirSync(results).filter((f) => f.endsWith('.json'))) {
      const path = join(results, file)
      if (statSync(path).mtimeMs >= started) reports.push(path)
    }
  }
}

let passed = 0
let failed = 0
let skipped = 0
for (const path of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8'))
  if (report.stats && 'expected' in report.stats) {
    // Playwright's JSON reporter
    passed += report.stats.expected + (report.stats.flaky ?? 0)
    failed += report.stats.unexpected
    skipped += report.stats.skipped
  } else {
    // Vitest's JSON reporter
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  }
}

console.log(`\n${reports.length} test reports`)
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0)
