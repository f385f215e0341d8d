import config from '@payload-config'
import { getPayload } from 'payload'
import { createReachHandler } from '../../../../../../reach/handler'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const handler = createReachHandler({ getPayload: () => getPayload({ config }) })

export const POST = handler.POST
export const OPTIONS = handler.OPTIONS
