import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Test servers live in 3100–3199 so they never collide with a developer's CMS on 3000. */
export const freePort = async (from = 3100, to = 3199): Promise<number> => {
  // Starting at a random offset makes two concurrent runs unlikely to race for the same port.
  const span = to - from + 1
  const offset = Math.floor(Math.random() * span)
  for (let step = 0; step < span; step += 1) {
    const port = from + ((offset + step) % span)
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`No free port between ${from} and ${to}.`)
}

export interface CmsServer {
  url: string
  port: number
  dbFile: string
  dir: string
  stop: () => Promise<void>
}

const waitUntilReady = async (url: string, child: ChildProcess, output: () => string): Promise<void> => {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS exited with ${child.exitCode}:\n${output()}`)
    // Until the server reports that it is listening, whatever answers on the port is another
    // process's server (two test runs can probe the same free port at once).
    if (!output().includes('listening on')) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      continue
    }
    try {
      // The first API request boots Payload, which runs the migrations and the first-run seed.
      const response = await fetch(`${url}/api/dimensions?limit=1&depth=0`)
      if (response.ok) return
      if (response.status >= 500) throw new Error(`The CMS answered ${response.status}:\n${output()}`)
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('The CMS answered')) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`The CMS did not start within three minutes:\n${output()}`)
}

/**
 * Starts the production server (`src/delivery/server.ts` over the production build) on a fresh
 * temporary SQLite file, exactly as `pnpm start` would on a new machine: migrations, then the
 * first-run seed.
 */
export const startCmsServer = async (options: { env?: Record<string, string> } = {}): Promise<CmsServer> => {
  if (!existsSync(path.join(APP_DIR, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `pnpm --filter @secure-base/cms build` before the tests.')
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'secure-base-cms-'))
  const dbFile = path.join(dir, 'cms.db')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const tsxCli = path.join(APP_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const child = spawn(process.execPath, [tsxCli, path.join(APP_DIR, 'src', 'delivery', 'server.ts')], {
    cwd: APP_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: pathToFileURL(dbFile).href,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? `test-secret-${port}-${Date.now()}`,
      SECURE_BASE_DATA_DIR: dir,
      MEDIA_DIR: path.join(dir, 'media'),
      ...options.env,
    },
  })
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      // tsx runs the server in a child process: only the process group takes both down.
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL')
          } catch {
            // already gone
          }
          resolve(undefined)
        }, 5_000)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve(undefined)
        })
      })
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitUntilReady(url, child, () => log)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port, dbFile, dir, stop }
}
