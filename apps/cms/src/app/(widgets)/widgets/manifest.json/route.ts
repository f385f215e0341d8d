import { serveManifest } from '../../../../widget-files/responses'

export const GET = (request: Request): Response => serveManifest(request)
