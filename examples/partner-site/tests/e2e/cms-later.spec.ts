import net from 'node:net'
import { startPartnerServer } from '../../src/server.ts'
import { expect, test } from './support/stack.ts'

// `pnpm start` starts the partner page and the CMS together, and the CMS answers later. Here the
// real CMS becomes reachable at the partner's configured address only after the partner started:
// a plain TCP relay opens on that port and passes bytes to the CMS.
const LATE_PORT = 3398

test('a partner server started before its CMS says so once the CMS answers, and then embeds the widgets', async ({
  stack,
  page,
}) => {
  const logged: string[] = []
  const partner = await startPartnerServer({
    port: 4398,
    cmsUrl: `http://127.0.0.1:${LATE_PORT}`,
    log: (m) => logged.push(m),
  })
  const cms = new URL(stack.cms.url)
  const sockets = new Set<net.Socket>()
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(cms.port), cms.hostname)
    sockets.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const end = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', end)
    upstream.on('error', end)
  })
  try {
    expect(logged.join('\n')).toContain('cannot be reached')
    await new Promise<void>((resolve) => relay.listen(LATE_PORT, '127.0.0.1', resolve))
    await expect
      .poll(() => logged.join('\n'), { timeout: 15_000 })
      .toContain(`the CMS at http://127.0.0.1:${LATE_PORT} answers`)
    await page.goto(partner.url)
    await expect(page.locator(`script[src^="http://127.0.0.1:${LATE_PORT}/widgets/"]`)).toHaveAttribute(
      'integrity',
      /^sha384-/,
    )
  } finally {
    await partner.close()
    // Keep-alive connections would hold the relay open.
    for (const socket of sockets) socket.destroy()
    await new Promise((resolve) => relay.close(resolve))
  }
})
