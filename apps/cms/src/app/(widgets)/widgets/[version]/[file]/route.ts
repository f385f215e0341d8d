import { serveVersionedFile } from '../../../../../widget-files/responses'

interface Context {
  params: Promise<{ version: string; file: string }>
}

export const GET = async (request: Request, { params }: Context): Promise<Response> => {
  const { version, file } = await params
  return serveVersionedFile(request, version, file, true)
}

export const HEAD = async (request: Request, { params }: Context): Promise<Response> => {
  const { version, file } = await params
  return serveVersionedFile(request, version, file, false)
}
