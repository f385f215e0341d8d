import { serveManifest } from '../../../../widgets/responses'

export const GET = (request: Request): Response => serveManifest(request)
