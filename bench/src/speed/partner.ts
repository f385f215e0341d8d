import { join } from 'node:path'
import { freePort } from '@secure-base/test-support/cms'
import { HELPER_PORTS, waitForOk } from '../net.js'
import { repoDir } from '../paths.js'
import { logExcerpt, startGroup } from '../proc.js'

const partnerDir = join(repoDir, 'examples', 'partner-site')

/** A free port for the demo partner page, so its origin can be listed in the CMS before it starts. */
export const partnerPort = (): Promise<number> => freePort(HELPER_PORTS)

/**
 * The demo partner page as `pnpm start` runs it (examples/partner-site), pointed at `cmsOrigin`:
 * its own process, its strict CSP, the widget script and content from the CMS.
 */
export const startPartnerPage = async (port: number, cmsOrigin: string) => {
  const server = startGroup(process.execPath, ['--import', 'tsx', join(partnerDir, 'src', 'main.ts')], {
    cwd: partnerDir,
    env: { ...process.env, PARTNER_PORT: String(port), PARTNER_HOST: '127.0.0.1', CMS_URL: cmsOrigin },
  })
  const url = `http://127.0.0.1:${port}/`
  try {
    await waitForOk(url, 30_000, () => !server.exited())
    // The page names the widget script once it has read the CMS's manifest, which it asks for at start.
    for (let i = 0; !(await (await fetch(url)).text()).includes('secure-base-widgets.js'); i += 1) {
      if (i === 100) throw new Error(`${url} does not load the widget script from ${cmsOrigin}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } catch (error) {
    await server.stop()
    throw new Error(
      `the partner page did not start: ${error instanceof Error ? error.message : String(error)}\n${logExcerpt(server.output())}`,
      { cause: error },
    )
  }
  return { url, origin: `http://127.0.0.1:${port}`, stop: server.stop }
}
