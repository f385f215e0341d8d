import config from '@payload-config'
import { getPayload } from 'payload'
import { servePreviewPage } from '../../../../preview/handlers'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export const GET = async (request: Request): Promise<Response> =>
  servePreviewPage(await getPayload({ config }), request, 'cycle')
