/**
 * Fails when a committed generated file no longer matches the Payload config: the TypeScript
 * types, the admin import map, or the SQLite migrations that `pnpm start` relies on. Each is
 * regenerated into a temporary place by Payload's own CLI and compared with what is committed.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = mkdtempSync(path.join(tmpdir(), 'secure-base-generated-'))
const payloadBin = path.join(appDir, 'node_modules', 'payload', 'bin.js')

// Payload's CLI on Node 20 occasionally dies while loading the rich-text package (see the stack
// notes); a second attempt is cheap, and a real failure still fails every attempt.
const payload = (args: string[], env: Record<string, string>): void => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      runPayload(args, env)
      return
    } catch (error) {
      if (attempt >= 3) throw error
      console.error(`payload ${args[0]} failed (attempt ${attempt}); trying again.`)
    }
  }
}

function runPayload(args: string[], env: Record<string, string>): void {
  execFileSync(process.execPath, [payloadBin, ...args], {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    // A hung CLI (the same Node 20 trap) counts as a failed attempt rather than stalling the tests.
    timeout: 180_000,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      DATABASE_URL: pathToFileURL(path.join(work, 'check.db')).href,
      SECURE_BASE_DATA_DIR: work,
      SECURE_BASE_SKIP_SEED: '1',
      PAYLOAD_SECRET: 'generated-files-check',
      ...env,
    },
  })
}

const problems: string[] = []
const same = (committed: string, fresh: string) =>
  readFileSync(committed, 'utf8').trim() === readFileSync(fresh, 'utf8').trim()

try {
  const typesFile = path.join(work, 'payload-types.ts')
  payload(['generate:types'], { PAYLOAD_TYPES_FILE: typesFile })
  if (!same(path.join(appDir, 'src', 'payload-types.ts'), typesFile)) {
    problems.push('src/payload-types.ts is out of date: run `pnpm --filter @secure-base/cms generate:types`.')
  }

  // The import map holds paths relative to its own location, so it is regenerated in place and the
  // committed text is put back afterwards.
  const importMapFile = path.join(appDir, 'src', 'app', '(payload)', 'admin', 'importMap.js')
  const committedMap = readFileSync(importMapFile, 'utf8')
  try {
    payload(['generate:importmap'], {})
    if (readFileSync(importMapFile, 'utf8').trim() !== committedMap.trim()) {
      problems.push('The admin import map is out of date: run `pnpm --filter @secure-base/cms generate:importmap`.')
    }
  } finally {
    writeFileSync(importMapFile, committedMap)
  }

  const migrations = path.join(work, 'migrations')
  cpSync(path.join(appDir, 'src', 'migrations'), migrations, { recursive: true })
  const before = readdirSync(migrations).length
  payload(['migrate:create', 'drift-check', '--skip-empty'], { PAYLOAD_MIGRATION_DIR: migrations })
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
