/**
 * `pnpm start`: serves the production build on CMS_PORT (default 3000), then wakes Payload with
 * one request so that migrations and the first-run seed happen before anyone opens the admin,
 * and prints where to go next. Ctrl+C stops the whole server process group.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.CMS_PORT ?? 3000)
const host = process.env.CMS_HOST ?? '127.0.0.1'
const origin = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`

if (!existsSync(path.join(appDir, '.next', 'BUILD_ID'))) {
  console.error('No production build found: run `pnpm --filter @secure-base/cms build` first.')
  process.exit(1)
}

// The delivery server runs Next in-process and answers cached widget requests before Next routes them.
const tsxCli = path.join(appDir, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const server = spawn(process.execPath, [tsxCli, path.join(appDir, 'src', 'delivery', 'server.ts')], {
  cwd: appDir,
  env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: host },
  stdio: 'inherit',
  detached: true,
})

const stop = (code: number) => {
  // Signalling the whole group also stops any worker Next starts.
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
server.on('exit', (code) => process.exit(code ?? 1))

const wake = async (): Promise<void> => {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      const response = await fetch(`${origin}/api/dimensions?limit=1&depth=0`)
      if (response.ok) return
      if (response.status >= 500) throw new Error(`The CMS answered ${response.status} while starting.`)
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('The CMS answered')) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('The CMS did not become ready within five minutes.')
}

wake()
  .then(() => {
    console.log(
      [
        '',
        `Secure Base CMS is running at ${origin}`,
        `  Admin:     ${origin}/admin`,
        `  REST API:  ${origin}/api`,
        `  Delivery:  ${origin}/api/widget/v1/dimensions`,
        '',
        'First login: on a new database the admin asks you to create the first user.',
        'That first account is made an admin; invite editors and reviewers from Users.',
        '',
      ].join('\n'),
    )
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    stop(1)
  })
