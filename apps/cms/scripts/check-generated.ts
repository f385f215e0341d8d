/**
 * Fails when a committed generated file no longer matches the Payload config: the TypeScript
 * types, the admin import map, or the SQLite migrations that `pnpm start` relies on. Each is
 * regenerated into a temporary place by Payload's own CLI and compared with what is committed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runPayloadCli } from './payload.mjs'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = mkdtempSync(path.join(tmpdir(), 'secure-base-generated-'))

// Each command runs on a throwaway database; a run that stalls or hangs is retried by
// `runPayloadCli`, so only a real failure fails the check.
const payload = (args: string[], env: Record<string, string>): Promise<void> =>
  runPayloadCli(args, {
    quiet: true,
    timeoutMs: 180_000,
    env: {
      ...process.env,
      DATABASE_URL: pathToFileURL(path.join(work, 'check.db')).href,
      SECURE_BASE_DATA_DIR: work,
      SECURE_BASE_SKIP_SEED: '1',
      PAYLOAD_SECRET: 'generated-files-check',
      ...env,
    },
  })

const problems: string[] = []
const same = (committed: string, fresh: string) =>
  readFileSync(committed, 'utf8').trim() === readFileSync(fresh, 'utf8').trim()

try {
  const typesFile = path.join(work, 'payload-types.ts')
  await payload(['generate:types'], { PAYLOAD_TYPES_FILE: typesFile })
  if (!existsSync(typesFile)) {
    throw new Error(`payload generate:types reported success but wrote nothing to ${typesFile}.`)
  }
  if (!same(path.join(appDir, 'src', 'payload-types.ts'), typesFile)) {
    problems.push('src/payload-types.ts is out of date: run `pnpm --filter @secure-base/cms generate:types`.')
  }

  // The import map holds paths relative to its own location, so it is regenerated in place and the
  // committed text is put back afterwards.
  const importMapFile = path.join(appDir, 'src', 'app', '(payload)', 'admin', 'importMap.js')
  const committedMap = readFileSync(importMapFile, 'utf8')
  try {
    await payload(['generate:importmap'], {})
    if (readFileSync(importMapFile, 'utf8').trim() !== committedMap.trim()) {
      problems.push('The admin import map is out of date: run `pnpm --filter @secure-base/cms generate:importmap`.')
    }
  } finally {
    writeFileSync(importMapFile, committedMap)
  }

  const migrations = path.join(work, 'migrations')
  cpSync(path.join(appDir, 'src', 'migrations'), migrations, { recursive: true })
  const before = readdirSync(migrations).length
  await payload(['migrate:create', 'drift-check', '--skip-empty'], { PAYLOAD_MIGRATION_DIR: migrations })
  if (readdirSync(migrations).length !== before) {
    problems.push(
      'The SQLite migrations do not match the config: run `DATABASE_URL=file:/tmp/new.db pnpm --filter @secure-base/cms migrate:create <name>` and commit the result.',
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (problems.length > 0) {
  console.error(`Generated files have drifted from the Payload config:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('Generated types, import map and migrations match the Payload config.')
