import { mkdirSync } from 'node:fs'
import { startCms, type CmsProcess } from '@secure-base/test-support/cms'

export interface CmsOptions {
  port: number
  /** A `file:` URL of the SQLite database; the same file survives a stop and start. */
  databaseUrl: string
  /** The CMS's data folder (secret, media); also kept across a stop and start. */
  dataDir: string
  logFile: string
}

export interface CmsServer {
  readonly url: string
  start: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * The production CMS through the workspace's one launcher, on a fixed port so that the partner
 * page keeps pointing at it across the stop and start one scenario needs.
 */
export const createCms = ({ port, databaseUrl, dataDir, logFile }: CmsOptions): CmsServer => {
  let running: CmsProcess | undefined
  mkdirSync(dataDir, { recursive: true })
  return {
    url: `http://127.0.0.1:${port}`,
    async start() {
      if (running) return
      running = await startCms({
        port,
        databaseUrl,
        dataDir,
        logFile,
        env: {
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'secure-base-e2e-secret-not-for-production',
          // Low enough that the flood test reaches it quickly.
          SECURE_BASE_REACH_PER_MINUTE: '20',
        },
      })
    },
    async stop() {
      const server = running
      running = undefined
      await server?.stop()
    },
  }
}
