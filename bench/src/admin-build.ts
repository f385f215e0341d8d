import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { nextBin } from './cms.js'
import { cmsDir, repoDir } from './paths.js'
import { logExcerpt, startGroup } from './proc.js'
import { type PartResult, Skipped, mb } from './report.js'

/**
 * A copy of apps/cms at the same depth in the repository (so its relative tsconfig and workspace
 * links still hold), where `next build` can write its own .next without replacing the build a
 * running CMS serves from.
 */
const COPY_DIR = join(repoDir, 'bench', '.cms-build')
const SKIP = new Set(['node_modules', '.next', 'data', 'tests', 'test-results', 'playwright-report'])
const BUILD_TIMEOUT_MS = 9 * 60_000

const prepareCopy = (): void => {
  rmSync(COPY_DIR, { recursive: true, force: true })
  mkdirSync(COPY_DIR, { recursive: true })
  cpSync(cmsDir, COPY_DIR, {
    recursive: true,
    filter: (source) => !SKIP.has(source.slice(cmsDir.length + 1).split('/')[0] ?? ''),
  })
  symlinkSync(join(cmsDir, 'node_modules'), join(COPY_DIR, 'node_modules'), 'dir')
}

const runNext = async (args: string[]) => {
  const started = performance.now()
  const build = startGroup(process.execPath, [nextBin(COPY_DIR), ...args], {
    cwd: COPY_DIR,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  const timeout = setTimeout(() => void build.stop(), BUILD_TIMEOUT_MS)
  const code = await build.exit
  clearTimeout(timeout)
  const elapsed = performance.now() - started
  const peak = build.memory.peak
  await build.stop()
  if (code !== 0) {
    throw new Error(`next ${args.join(' ')} exited with ${code}:\n${logExcerpt(build.output())}`)
  }
  return { elapsed, peak }
}

/**
 * Times `next build` of the admin and samples the peak memory of its process group. A smoke run
 * prepares the copy and runs Next in it the same way, but only asks for its version: a full build
 * takes about a minute and 1.6 GB.
 */
export const runAdminBuild = async ({ smoke }: { smoke: boolean }): Promise<PartResult> => {
  if (!existsSync(nextBin(cmsDir))) throw new Skipped('apps/cms has no Next.js installed; run pnpm install')
  const result: PartResult = { part: 'admin build', rows: [], failures: [] }
  prepareCopy()
  try {
    if (smoke) {
      const { peak } = await runNext(['--version'])
      result.rows.push({
        part: 'admin build',
        measure: 'next build',
        value: 'not timed',
        note: `smoke run: the build copy and Next start (peak ${mb(peak)}); pnpm bench times the build`,
      })
      return result
    }
    const { elapsed, peak } = await runNext(['build'])
    result.rows.push(
      { part: 'admin build', measure: 'next build, wall time', value: `${(elapsed / 1000).toFixed(1)} s` },
      {
        part: 'admin build',
        measure: 'next build, peak RSS',
        value: mb(peak),
        note: 'process group, sampled every 100 ms',
      },
    )
    return result
  } finally {
    rmSync(COPY_DIR, { recursive: true, force: true })
  }
}
