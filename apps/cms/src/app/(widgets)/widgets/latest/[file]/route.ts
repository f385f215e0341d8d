import { redirectToLatest } from '../../../../../widget-files/responses'

interface Context {
  params: Promise<{ file: string }>
}

export const GET = async (_request: Request, { params }: Context): Promise<Response> =>
  redirectToLatest((await params).file)
