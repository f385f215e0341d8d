import { fileURLToPath } from 'node:url'
import { startCms, type CmsProcess } from '@secure-base/test-support/cms'

export type CmsServer = CmsProcess & {
  /** The SQLite file the server uses. */
  dbFile: string
}

/**
 * Starts the compiled production server on a fresh temporary SQLite file, exactly as `pnpm start`
 * would on a new machine (migrations, then the first-run seed), through the workspace's one CMS
 * launcher. `env` adds to or overrides the server's environment.
 */
export const startCmsServer = async (options: { env?: Record<string, string> } = {}): Promise<CmsServer> => {
  const server = await startCms({ env: options.env })
  return Object.assign(server, { dbFile: fileURLToPath(server.databaseUrl) })
}
