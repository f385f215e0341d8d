import { fork } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort } from '@secure-base/test-support/cms'
import { HELPER_PORTS } from './net.js'
import { benchDir } from './paths.js'

/** Starts the node:http ceiling server in its own process, serving `body` with `headers`. */
export const startStaticCeiling = async (workDir: string, body: Buffer, headers: Record<string, string>) => {
  const bodyFile = join(workDir, 'ceiling-body.json')
  const headersFile = join(workDir, 'ceiling-headers.json')
  writeFileSync(bodyFile, body)
  writeFileSync(headersFile, JSON.stringify(headers))
  const port = await freePort(HELPER_PORTS)
  const child = fork(join(benchDir, 'src/static-server.ts'), [bodyFile, headersFile, String(port)], {
    stdio: 'inherit',
  })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`the static server exited with code ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
