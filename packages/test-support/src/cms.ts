import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import getPort, { portNumbers } from 'get-port'

/**
 * The one way tests and benchmarks start the CMS: its compiled production server
 * (`apps/cms/dist/server.js`, what `pnpm start` supervises and production runs with `node`), as the
 * leader of its own process group, on loopback, ready when its `/readyz` says Payload has booted
 * (migrations and the first-run seed included).
 */
export const cmsAppDir: string =
  process.env.SECURE_BASE_CMS_DIR ?? fileURLToPath(new URL('../../../apps/cms/', import.meta.url))

export const cmsServerFile: string = path.join(cmsAppDir, 'dist', 'server.js')

/** Test and benchmark servers live in 3100–3299, clear of a developer's CMS on 3000 and of the partner-site end-to-end stack on 3300. */
export const CMS_TEST_PORTS = { from: 3100, to: 3299 } as const

/** A free loopback port in a range, by default the test ports; each call searches the whole range. */
export const freePort = async (range: { from: number; to: number } = CMS_TEST_PORTS): Promise<number> => {
  const port = await getPort({ port: portNumbers(range.from, range.to), host: '127.0.0.1' })
  // get-port falls back to any port the system offers when the whole range is taken.
  if (port < range.from || port > range.to) throw new Error(`No free port between ${range.from} and ${range.to}.`)
  return port
}

export interface CmsLaunchOptions {
  /** Default: a free port in CMS_TEST_PORTS. */
  port?: number
  /** A `file:` URL or a `mongodb://` URL. Default: `cms.db` in `dataDir`. */
  databaseUrl?: string
  /** Where the CMS keeps its secret and media. Default: a new temporary folder, removed by `stop`. */
  dataDir?: string
  /** Extra environment for the server, over the defaults below. */
  env?: Readonly<Record<string, string>>
  /** Node flags for the server process, e.g. `--cpu-prof`. */
  nodeFlags?: readonly string[]
  /** Also append the server's output to this file. */
  logFile?: string
  readyTimeoutMs?: number
  /** Return once the server is listening, or (the default) once `/readyz` says Payload has booted. */
  until?: 'listening' | 'ready'
  /** Called as soon as the server process exists, e.g. to sample its memory from the start. */
  onSpawn?: (child: ChildProcess) => void
}

export interface CmsProcess {
  readonly url: string
  readonly port: number
  readonly databaseUrl: string
  readonly dataDir: string
  /** The server's process id, which is also its process group id. */
  readonly pid: number
  readonly child: ChildProcess
  /** The last 20,000 characters the server printed. */
  output: () => string
  exited: () => boolean
  readonly exit: Promise<number | null>
  /** SIGTERM to the group (the server drains and exits), SIGKILL after a grace period. */
  stop: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const signalGroup = (pid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(-pid, signal)
  } catch {
    // the whole group is already gone
  }
}

const waitUntilReady = async (
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
  until: 'listening' | 'ready',
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The CMS exited (${child.signalCode ?? child.exitCode}) before it was ready:\n${output()}`)
    }
    // Until this server says it is listening, whatever answers on the port belongs to someone else.
    if (output().includes('listening on')) {
      if (until === 'listening') return
      try {
        const response = await fetch(`${url}/readyz`)
        if (response.ok) return
      } catch {
        // not accepting connections yet
      }
    }
    await sleep(200)
  }
  throw new Error(`The CMS at ${url} was not ready within ${timeoutMs / 1000} s:\n${output()}`)
}

export const startCms = async (options: CmsLaunchOptions = {}): Promise<CmsProcess> => {
  if (!existsSync(path.join(cmsAppDir, '.next', 'BUILD_ID')) || !existsSync(cmsServerFile)) {
    throw new Error('The CMS has no production build: run `pnpm --filter @secure-base/cms build` first.')
  }
  const ownDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'secure-base-cms-'))
  const databaseUrl = options.databaseUrl ?? pathToFileURL(path.join(dataDir, 'cms.db')).href
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`

  const child = spawn(process.execPath, ['--enable-source-maps', ...(options.nodeFlags ?? []), cmsServerFile], {
    cwd: cmsAppDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      SERVER_URL: url,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? `test-secret-${port}-${Date.now()}`,
      SECURE_BASE_DATA_DIR: dataDir,
      MEDIA_DIR: path.join(dataDir, 'media'),
      ...options.env,
    },
  })
  const pid = child.pid
  if (pid === undefined) throw new Error(`Could not start ${cmsServerFile}.`)
  options.onSpawn?.(child)

  let log = ''
  const logFile = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
    logFile?.write(chunk)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let done = false
  const exit = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      done = true
      logFile?.end()
      resolve(code)
    })
  })

  let stopped: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      if (!done) {
        signalGroup(pid, 'SIGTERM')
        const drained = await Promise.race([exit.then(() => true), sleep(15_000).then(() => false)])
        if (!drained) signalGroup(pid, 'SIGKILL')
        await exit
      }
      signalGroup(pid, 'SIGKILL')
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true })
    })()
    return stopped
  }

  try {
    await waitUntilReady(url, child, () => log, options.readyTimeoutMs ?? 180_000, options.until ?? 'ready')
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port, databaseUrl, dataDir, pid, child, output: () => log, exited: () => done, exit, stop }
}
