import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import { freePort } from '@secure-base/test-support/cms'

/**
 * `pnpm start` as an operator runs it from the repository root: turbo starts the CMS (under its
 * supervisor) and the demo partner page as separate processes. When the CMS server is killed
 * outright, the partner page goes on answering, and the supervisor has the CMS ready again
 * within 15 s.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Every process below `root`, children before their own children. */
const descendants = (root: number): { pid: number; args: string }[] => {
  const table = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }))
  const found: { pid: number; args: string }[] = []
  const queue = [root]
  while (queue.length) {
    const parent = queue.shift()!
    for (const row of table.filter((entry) => entry.ppid === parent)) {
      found.push({ pid: row.pid, args: row.args })
      queue.push(row.pid)
    }
  }
  return found
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Turbo runs each task in a process group of its own, so the whole tree is collected first: SIGTERM
 * lets turbo, the supervisor and the servers stop cleanly, and whatever is left after ten seconds
 * is killed.
 */
const stopTree = async (root: ChildProcess): Promise<void> => {
  const pids = [root.pid!, ...descendants(root.pid!).map((p) => p.pid)]
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  for (let waited = 0; waited < 10_000 && pids.some(alive); waited += 200) await sleep(200)
  for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL')
}

const status = (url: string): Promise<number> =>
  fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
    async (response) => {
      await response.arrayBuffer()
      return response.status
    },
    () => 0,
  )

// Cleanup in a hook, not only in the test's own `finally`: a hook still runs when the test times out.
const cleanups: (() => Promise<void>)[] = []
test.afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

test('kill -9 of the CMS server under `pnpm start`: the partner page keeps answering and the CMS is back within 15 s', async () => {
  test.setTimeout(240_000)
  const cmsPort = await freePort()
  const partnerPort = await freePort({ from: 4400, to: 4499 })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'secure-base-pnpm-start-'))
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const partnerUrl = `http://127.0.0.1:${partnerPort}/`

  // The builds come from this task's own `dependsOn: ["^build"]`; --only starts the two servers
  // without asking turbo to check them again.
  const stack = spawn('pnpm', ['start', '--only'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CMS_PORT: String(cmsPort),
      PARTNER_PORT: String(partnerPort),
      DATABASE_URL: pathToFileURL(path.join(dataDir, 'cms.db')).href,
      PAYLOAD_SECRET: `pnpm-start-test-${Date.now()}-${cmsPort}`,
    },
  })
  cleanups.push(async () => {
    await stopTree(stack)
    rmSync(dataDir, { recursive: true, force: true })
  })
  let log = ''
  stack.stdout.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)))
  stack.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)))

  // Both up: the CMS ready (migrated and seeded), the partner page serving.
  for (
    let waited = 0;
    (await status(`${cmsUrl}/readyz`)) !== 200 || (await status(partnerUrl)) !== 200;
    waited += 250
  ) {
    expect(stack.exitCode, `pnpm start exited:\n${log}`).toBeNull()
    expect(waited, `pnpm start never had both servers answering:\n${log}`).toBeLessThan(180_000)
    await sleep(250)
  }

  const servers = descendants(stack.pid!).filter((p) => /dist\/server\.js/.test(p.args))
  expect(servers, log).toHaveLength(1)
  const supervisor = descendants(stack.pid!).find((p) => /dist\/start\.js/.test(p.args))
  expect(supervisor, log).toBeDefined()

  // Watch the partner page from before the kill until the CMS is back.
  const partnerStatuses: number[] = []
  let watching = true
  cleanups.push(async () => {
    watching = false
  })
  const watcher = (async () => {
    while (watching) {
      partnerStatuses.push(await status(partnerUrl))
      await sleep(100)
    }
  })()

  process.kill(servers[0]!.pid, 'SIGKILL')
  const killedAt = Date.now()
  let back = false
  while (!back && Date.now() - killedAt < 15_000) {
    back = (await status(`${cmsUrl}/readyz`)) === 200
    if (!back) await sleep(200)
  }
  watching = false
  await watcher

  expect(back, `The CMS was not ready again within 15 s of the kill:\n${log}`).toBe(true)
  expect(partnerStatuses.length).toBeGreaterThan(5)
  expect(
    partnerStatuses.filter((code) => code !== 200),
    'partner page answers while the CMS was down',
  ).toEqual([])
  // The same supervisor brought up a new server, and said so.
  const restarted = descendants(stack.pid!).filter((p) => /dist\/server\.js/.test(p.args))
  expect(restarted.map((p) => p.pid)).not.toContain(servers[0]!.pid)
  expect(descendants(stack.pid!).find((p) => /dist\/start\.js/.test(p.args))?.pid).toBe(supervisor!.pid)
  expect(log).toMatch(/The CMS server stopped \(SIGKILL\)/)
})
