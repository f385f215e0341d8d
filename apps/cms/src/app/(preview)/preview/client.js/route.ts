import { servePreviewClient } from '../../../../preview/handlers'

export const GET = (): Response => servePreviewClient()
