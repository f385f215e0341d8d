import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { cmsAppDir, freePort, startCms } from '@secure-base/test-support/cms'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { authHeader, login, registerFirstAdmin } from '../../helpers/accounts'
import { exchange } from '../edge/raw-http'

/**
 * The compiled production server as an operator meets it: probes for a load balancer, security
 * headers on every kind of response, a graceful stop on SIGTERM, the `pnpm start` supervisor
 * bringing a killed server back, and backup and restore of the SQLite file.
 */
const cleanup: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('probes', () => {
  it('answers /healthz and /readyz with JSON once Payload has booted', async () => {
    const url = inject('cmsUrl')
    const health = await fetch(`${url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })

  it('stays unready (503) while Payload cannot boot, though the process is alive', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-unready-'))
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
    // A database inside a path that cannot exist: the migrations never run.
    const server = await startCms({ until: 'listening', databaseUrl: 'file:/proc/no-such-dir/cms.db', dataDir: dir })
    cleanup.push(() => server.stop())
    await sleep(1_500)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'starting' })
  })
})

describe('security headers', () => {
  const paths = {
    admin: '/admin/login',
    rest: '/api/dimensions?limit=1',
    delivery: '/api/widget/v1/dimensions',
    manifest: '/widgets/manifest.json',
    error: '/api/widget/v1/nothing-here',
  }

  it.each(Object.entries(paths))(
    '%s responses carry nosniff, a referrer policy, a permissions policy and a CSP',
    async (_kind, p) => {
      const response = await fetch(`${inject('cmsUrl')}${p}`)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors '(self|none)'/)
      // Served over plain http in tests, so no HSTS: browsers ignore it there and it must not leak into http setups.
      expect(response.headers.get('strict-transport-security')).toBeNull()
    },
  )

  it('lets only the CMS itself frame the admin, and nobody frame API answers', async () => {
    const admin = await fetch(`${inject('cmsUrl')}${paths.admin}`)
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    const api = await fetch(`${inject('cmsUrl')}${paths.rest}`)
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it('sends HSTS when the public URL is https, and lets a CDN keep delivery answers when told to', async () => {
    const server = await startCms({ env: { SERVER_URL: 'https://cms.example.org', SECURE_BASE_CDN_MAX_AGE: '30' } })
    cleanup.push(() => server.stop())
    const response = await fetch(`${server.url}/api/widget/v1/dimensions`)
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400',
    )
    // Without the setting, every cache must ask each time.
    const plain = await fetch(`${inject('cmsUrl')}/api/widget/v1/dimensions`)
    expect(plain.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  })
})

describe('stopping and restarting', () => {
  it('finishes the requests in flight on SIGTERM, then exits 0 and refuses new connections', async () => {
    const server = await startCms({ env: { SHUTDOWN_GRACE_MS: '20000' } })
    cleanup.push(() => server.stop())
    // Fifty delivery requests in both locales and with filters, and an admin page render, still
    // running when the signal arrives.
    const paths = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? `/api/widget/v1/resources?locale=${i % 4 === 0 ? 'en' : 'cy'}&setting=foster-care`
        : `/api/widget/v1/checklists/checklist-5-10-years?locale=cy`,
    )
    // Each route once first: loading a route's code the first time holds the event loop, and
    // connections not yet accepted when the server stops listening were never in flight.
    for (const p of new Set([...paths, '/admin/login'])) await fetch(`${server.url}${p}`)
    const exchanges = [...paths, '/admin/login'].map((p) => exchange(server.url, { method: 'GET', path: p }, 30_000))
    await Promise.all(exchanges.map((e) => e.sent))
    await sleep(100)
    process.kill(server.pid, 'SIGTERM')
    const statuses = await Promise.all(exchanges.map((e) => e.response.then((r) => r.status)))
    expect(new Set(statuses)).toEqual(new Set([200]))
    expect(await server.exit).toBe(0)
    expect(server.output()).toContain('SIGTERM: no new connections')
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
  })

  it('`pnpm start` brings the server back after it is killed, and says so', async () => {
    const port = await freePort()
    const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-supervised-'))
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
    const supervisor = spawn(process.execPath, [path.join(cmsAppDir, 'dist', 'start.js')], {
      cwd: cmsAppDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SECURE_BASE_DATA_DIR: dir,
        DATABASE_URL: pathToFileURL(path.join(dir, 'cms.db')).href,
        SECURE_BASE_SKIP_SEED: '1',
      },
    })
    let log = ''
    supervisor.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    supervisor.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => supervisor.once('exit', resolve))
    cleanup.push(async () => {
      if (supervisor.exitCode === null) process.kill(-supervisor.pid!, 'SIGKILL')
    })
    const readyz = `http://127.0.0.1:${port}/readyz`
    const waitReady = async () => {
      for (let i = 0; i < 600; i += 1) {
        if (
          await fetch(readyz).then(
            (r) => r.ok,
            () => false,
          )
        )
          return
        await sleep(200)
      }
      throw new Error(`never ready:\n${log}`)
    }
    await waitReady()
    process.kill(findServerPid(supervisor.pid!), 'SIGKILL')
    await expect(fetch(readyz)).rejects.toThrow()
    await waitReady()
    expect(log).toMatch(/The CMS server stopped \(SIGKILL\).*starting it again in 1 s/)
    process.kill(supervisor.pid!, 'SIGTERM')
    expect(await exited).toBe(0)
  })
})

/** Runs the compiled backup command without blocking this process, so the write loop goes on meanwhile. */
const runAsync = (args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(cmsAppDir, 'dist', 'sqlite.js'), ...args], {
      cwd: cmsAppDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => resolve({ code, output }))
  })

/** The supervisor's one child: the server process. */
const findServerPid = (supervisorPid: number): number => {
  const children = spawnSync('pgrep', ['-P', String(supervisorPid)], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean)
  expect(children).toHaveLength(1)
  return Number(children[0])
}

describe('SQLite backup and restore', () => {
  it('backs up while the CMS runs and restores a document deleted since', async () => {
    // A data folder of the test's own, so that the database outlives the first server.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'secure-base-restored-'))
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const server = await startCms({ dataDir })
    cleanup.push(() => server.stop())
    const env = { ...process.env, DATABASE_URL: server.databaseUrl, SECURE_BASE_DATA_DIR: dataDir }
    const backupFile = path.join(dataDir, 'backup.db')
    const run = (command: string, file: string) =>
      spawnSync(process.execPath, [path.join(cmsAppDir, 'dist', 'sqlite.js'), command, file], {
        cwd: cmsAppDir,
        env,
        encoding: 'utf8',
      })

    const before = (await (await fetch(`${server.url}/api/dimensions?limit=0`)).json()) as { totalDocs: number }
    expect(before.totalDocs).toBe(5)
    const backedUp = run('backup', backupFile)
    expect(backedUp.status, backedUp.stderr).toBe(0)
    expect(statSync(backupFile).mode & 0o777).toBe(0o600)
    expect(run('backup', backupFile).stderr).toContain('already exists')

    // An admin deletes a dimension; the backup still has it.
    const token = await registerFirstAdmin(server.url, {
      email: 'backup-admin@tests.secure-base.local',
      password: 'a long enough password 1',
    })
    const deleted = await fetch(`${server.url}/api/dimensions?where[slug][equals]=availability`, {
      method: 'DELETE',
      headers: authHeader(token),
    })
    expect(deleted.ok).toBe(true)
    await server.stop()

    const restored = run('restore', backupFile)
    expect(restored.status, restored.stderr).toBe(0)
    expect(existsSync(fileURLToPath(server.databaseUrl))).toBe(true)
    const again = await startCms({ databaseUrl: server.databaseUrl, dataDir })
    cleanup.push(() => again.stop())
    const after = (await (await fetch(`${again.url}/api/dimensions?limit=0`)).json()) as { totalDocs: number }
    expect(after.totalDocs).toBe(5)
  })

  it('restores into a fresh data folder every write acknowledged before a backup taken during a write loop began', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'secure-base-busy-'))
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const server = await startCms({ dataDir, env: { SECURE_BASE_SKIP_SEED: '1' } })
    cleanup.push(() => server.stop())
    const admin = { email: 'loop-admin@tests.secure-base.local', password: 'a long enough password 4' }
    const headers = { ...authHeader(await registerFirstAdmin(server.url, admin)), 'Content-Type': 'application/json' }

    // Four writers, each creating agencies one after another and noting when each was sent and acknowledged.
    const acknowledged: { name: string; sent: number; at: number }[] = []
    let writing = true
    let failure: Error | undefined
    const writer = async (w: number) => {
      for (let i = 0; writing; i += 1) {
        const name = `Agency ${w}-${i}`
        const sent = performance.now()
        const response = await fetch(`${server.url}/api/agencies`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name, slug: `agency-${w}-${i}` }),
        })
        const text = await response.text()
        if (response.status !== 201) {
          failure ??= new Error(`A write was refused (${response.status}): ${text}`)
          writing = false
        } else acknowledged.push({ name, sent, at: performance.now() })
      }
    }
    const writers = [0, 1, 2, 3].map((w) =>
      writer(w).catch((error: Error) => {
        failure ??= error
        writing = false
      }),
    )
    const untilAcknowledged = async (count: number) => {
      while (!failure && acknowledged.length < count) await sleep(50)
      if (failure) throw failure
    }
    await untilAcknowledged(40)

    const backupFile = path.join(dataDir, 'during-writes.db')
    const snapshotBegan = performance.now()
    const backedUp = await runAsync(['backup', backupFile], {
      DATABASE_URL: server.databaseUrl,
      SECURE_BASE_DATA_DIR: dataDir,
    })
    const backupDone = performance.now()
    // Let the loop go on past the snapshot before stopping it.
    await untilAcknowledged(acknowledged.length + 20)
    writing = false
    await Promise.all(writers)
    expect(backedUp.code, backedUp.output).toBe(0)

    const before = acknowledged.filter((write) => write.at < snapshotBegan).map((write) => write.name)
    const after = acknowledged.filter((write) => write.sent > backupDone).map((write) => write.name)
    expect(before.length).toBeGreaterThanOrEqual(40)
    expect(after.length).toBeGreaterThanOrEqual(20)

    // A new data folder, as on a replacement machine: restore there and start a CMS on it.
    const freshDir = mkdtempSync(path.join(tmpdir(), 'secure-base-fresh-'))
    cleanup.push(() => rmSync(freshDir, { recursive: true, force: true }))
    const freshDatabase = pathToFileURL(path.join(freshDir, 'cms.db')).href
    const restored = await runAsync(['restore', backupFile], {
      DATABASE_URL: freshDatabase,
      SECURE_BASE_DATA_DIR: freshDir,
    })
    expect(restored.code, restored.output).toBe(0)
    const again = await startCms({ dataDir: freshDir, databaseUrl: freshDatabase, env: { SECURE_BASE_SKIP_SEED: '1' } })
    cleanup.push(() => again.stop())
    const list = await fetch(`${again.url}/api/agencies?limit=0&depth=0&select[name]=true`, {
      headers: authHeader(await login(again.url, admin)),
    })
    expect(list.status).toBe(200)
    const names = new Set(((await list.json()) as { docs: { name: string }[] }).docs.map((doc) => doc.name))
    expect(before.filter((name) => !names.has(name))).toEqual([])
    // And nothing the loop sent after the snapshot was finished: the restore is the snapshot.
    expect(after.filter((name) => names.has(name))).toEqual([])
  })

  it('refuses to restore a file that is not a SQLite database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-restore-'))
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
    const bogus = path.join(dir, 'not-a-db.db')
    spawnSync('sh', ['-c', `echo hello > ${bogus}`])
    const result = spawnSync(process.execPath, [path.join(cmsAppDir, 'dist', 'sqlite.js'), 'restore', bogus], {
      cwd: cmsAppDir,
      env: { ...process.env, DATABASE_URL: pathToFileURL(path.join(dir, 'cms.db')).href },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(existsSync(path.join(dir, 'cms.db'))).toBe(false)
  })
})
