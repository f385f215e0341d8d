import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@libsql/client'
import { chooseDatabase } from '../lib/runtime'

/**
 * Backup and restore of the embedded SQLite database, compiled to `dist/sqlite.js`:
 *
 *   pnpm --filter @secure-base/cms backup <file>    a consistent copy, safe while the CMS runs
 *   pnpm --filter @secure-base/cms restore <file>   puts a copy back; stop the CMS first
 *
 * The database is the one the server would open: DATABASE_URL (a `file:` URL), else the default
 * file in the data directory. MongoDB deployments use MongoDB's own tools (see docs/deploy.md).
 */
const usage = 'Usage: backup <file> | restore <file>'

const databaseFile = (): string => {
  const choice = chooseDatabase({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' })
  if (choice.kind !== 'sqlite') {
    throw new Error('DATABASE_URL points at MongoDB: back it up with mongodump and restore with mongorestore.')
  }
  return fileURLToPath(choice.url)
}

const backup = async (target: string): Promise<void> => {
  const source = databaseFile()
  if (!existsSync(source)) throw new Error(`There is no database at ${source} to back up.`)
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`)
  const client = createClient({ url: `file:${source}` })
  try {
    // VACUUM INTO writes a consistent, compacted snapshot even while the server is writing.
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
  chmodSync(target, 0o600)
  console.log(`Backed up ${source} to ${target}.`)
}

const restore = async (backupFile: string): Promise<void> => {
  if (!existsSync(backupFile)) throw new Error(`There is no backup at ${backupFile}.`)
  const check = createClient({ url: `file:${backupFile}` })
  try {
    const result = await check.execute('PRAGMA integrity_check')
    const verdict = String(result.rows[0]?.[0] ?? '')
    if (verdict !== 'ok') throw new Error(`${backupFile} is not a sound SQLite database: ${verdict}`)
  } finally {
    check.close()
  }
  const target = databaseFile()
  // Copy beside the target, then rename over it, so the database is never half written.
  const staging = path.join(path.dirname(target), `.restore-${process.pid}.db`)
  copyFileSync(backupFile, staging)
  chmodSync(staging, 0o600)
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(staging, target)
  console.log(`Restored ${backupFile} to ${target}. Start the CMS again to use it.`)
}

const [command, file] = process.argv.slice(2)
const run = command === 'backup' ? backup : command === 'restore' ? restore : null
if (!run || !file) {
  console.error(usage)
  process.exit(2)
}
run(path.resolve(file)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
