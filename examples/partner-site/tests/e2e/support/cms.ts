import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const CMS_DIR = fileURLToPath(new URL('../../../../../apps/cms/', import.meta.url))
const NEXT_BIN = path.join(CMS_DIR, 'node_modules', 'next', 'dist', 'bin', 'next')

export interface CmsOptions {
  port: number
  /** A `file:` URL of the SQLite database; the same file survives a stop and start. */
  databaseUrl: string
  logFile: string
}

export interface CmsServer {
  readonly url: string
  start: () => Promise<void>
  stop: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-40).join('\n')
  } catch {
    return '(no log)'
  }
}

/** Runs a command in the cms package as its own process group, so that stopping it stops next-server too. */
const run = (command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess => {
  const log = createWriteStream(logFile, { flags: 'a' })
  const child = spawn(command, args, { cwd: CMS_DIR, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  return child
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })

/**
 * The production CMS: `next start` of the built app, which runs its migrations and seeds an
 * empty database when Payload boots. Ready means the widget manifest and the delivery API both
 * answer, so that boot has happened.
 */
export const createCms = ({ port, databaseUrl, logFile }: CmsOptions): CmsServer => {
  const url = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'secure-base-e2e-secret-not-for-production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    CMS_PORT: String(port),
    HOSTNAME: '127.0.0.1',
    // Low enough that the flood test reaches it quickly.
    SECURE_BASE_REACH_PER_MINUTE: '20',
  }
  let server: ChildProcess | undefined

  const waitUntilReady = async (child: ChildProcess) => {
    const deadline = Date.now() + 150_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The CMS exited with ${child.exitCode}:\n${tail(logFile)}`)
      try {
        const [manifest, dimensions] = await Promise.all([
          fetch(`${url}/widgets/manifest.json`),
          fetch(`${url}/api/widget/v1/dimensions`),
        ])
        if (manifest.ok && dimensions.ok) return
      } catch {
        // not listening yet
      }
      await sleep(500)
    }
    throw new Error(`The CMS at ${url} did not become ready:\n${tail(logFile)}`)
  }

  return {
    url,
    async start() {
      if (server) return
      if (!existsSync(path.join(CMS_DIR, '.next', 'BUILD_ID')))
        throw new Error('The CMS is not built: run `pnpm --filter @secure-base/cms build` first.')
      server = run(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], env, logFile)
      await waitUntilReady(server)
    },
    async stop() {
      const child = server
      server = undefined
      if (!child?.pid) return
      const group = -child.pid
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(group, name)
        } catch {
          // the whole group is already gone
        }
      }
      const done = exited(child)
      signal('SIGTERM')
      const stopped = await Promise.race([done.then(() => true), sleep(10_000).then(() => false)])
      if (!stopped) signal('SIGKILL')
      await done
      signal('SIGKILL')
      // The port must be free before the next start, or the new server cannot bind it.
      for (let i = 0; i < 40; i++) {
        try {
          await fetch(`${url}/widgets/manifest.json`)
          await sleep(250)
        } catch {
          return
        }
      }
    },
  }
}
