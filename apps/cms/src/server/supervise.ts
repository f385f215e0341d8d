import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serverSettingsOrExit } from './settings'

/**
 * `pnpm start` for the CMS, compiled to `dist/start.js`: runs the production server
 * (`dist/server.js`) and starts it again whenever it dies, waiting longer after each crash that
 * follows quickly on the last (1 s, doubling, at most 30 s). It prints where to go once the server
 * reports ready. SIGINT or SIGTERM stops the server gracefully and then the supervisor.
 *
 * A production host uses its own process manager instead (systemd, a container orchestrator, pm2)
 * to run `node dist/server.js` directly: see docs/deploy.md.
 */
const here = path.dirname(fileURLToPath(import.meta.url))
const appDir = path.resolve(here, '..')
const serverFile = path.join(here, 'server.js')
const settings = serverSettingsOrExit()

const FIRST_DELAY_MS = 1_000
const MAX_DELAY_MS = 30_000
/** A server that stayed up this long counts as healthy again: the next crash restarts at once. */
const STABLE_AFTER_MS = 60_000

if (!existsSync(path.join(appDir, '.next', 'BUILD_ID')) || !existsSync(serverFile)) {
  console.error('No production build found: run `pnpm --filter @secure-base/cms build` first.')
  process.exit(1)
}

let child: ChildProcess | undefined
let stopping = false
let delay = FIRST_DELAY_MS
let announced = false

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const announceWhenReady = async (server: ChildProcess): Promise<void> => {
  const readyz = `http://${settings.loopbackHost}:${settings.port}/readyz`
  while (!announced && child === server && server.exitCode === null) {
    try {
      if ((await fetch(readyz)).ok) {
        announced = true
        const url = settings.publicUrl
        console.log(
          [
            '',
            `Secure Base CMS is running at ${url}`,
            `  Admin:     ${url}/admin`,
            `  REST API:  ${url}/api`,
            `  Delivery:  ${url}/api/widget/v1/dimensions`,
            '',
            'First login: on a new database the admin asks you to create the first user.',
            'That first account is made an admin; it adds editors and reviewers under Users.',
            '',
          ].join('\n'),
        )
        return
      }
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
}

const run = (): void => {
  const startedAt = Date.now()
  const server = spawn(process.execPath, ['--enable-source-maps', serverFile], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  child = server
  void announceWhenReady(server)
  server.once('exit', (code, signal) => {
    if (stopping) process.exit(0)
    const upFor = Date.now() - startedAt
    if (upFor >= STABLE_AFTER_MS) delay = FIRST_DELAY_MS
    console.error(
      `The CMS server stopped (${signal ?? `exit code ${code}`}) after ${Math.round(upFor / 1000)} s; starting it again in ${delay / 1000} s.`,
    )
    const wait = delay
    delay = Math.min(delay * 2, MAX_DELAY_MS)
    setTimeout(run, wait)
  })
}

const stop = (signal: NodeJS.Signals): void => {
  if (stopping) return
  stopping = true
  if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0)
  child.kill(signal === 'SIGINT' ? 'SIGTERM' : signal)
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))

run()
