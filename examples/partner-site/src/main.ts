import { startPartnerServer } from './server.ts'

const port = Number(process.env.PARTNER_PORT ?? 4000)
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PARTNER_PORT must be a port number, not "${process.env.PARTNER_PORT}".`)
  process.exit(1)
}

try {
  const server = await startPartnerServer({
    port,
    host: process.env.PARTNER_HOST ?? '127.0.0.1',
    cmsUrl,
    checklist: process.env.PARTNER_CHECKLIST,
  })
  const shown = server.url.replace('//127.0.0.1:', '//localhost:')
  console.log(`Partner page: ${shown} — CMS admin: ${server.cmsOrigin}/admin`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  console.error(
    `Partner page could not start on port ${port}: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}
