import config from '@payload-config'
import { getPayload } from 'payload'
import { servePreviewData } from '../../../../../preview/handlers'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export const POST = async (request: Request): Promise<Response> =>
  servePreviewData(await getPayload({ config }), request, 'cycle')
