import config from '@payload-config'
import { getPayload } from 'payload'
import { createDeliveryHandler } from '../../../../../../delivery/handler'

// Responses depend on published content that changes at any time; Next must never prerender them.
export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const handler = createDeliveryHandler({ getPayload: () => getPayload({ config }) })

export const GET = handler.GET
export const HEAD = handler.HEAD
export const OPTIONS = handler.OPTIONS
export const POST = handler.notAllowed
export const PUT = handler.notAllowed
export const PATCH = handler.notAllowed
export const DELETE = handler.notAllowed
