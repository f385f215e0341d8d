import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlBodyProblem } from '../../../../edge/graphql'

const graphql = GRAPHQL_POST(config)

/** Payload's GraphQL endpoint, behind a check of what would crash it (see `edge/graphql.ts`). */
export const POST = async (request: Request): Promise<Response> => {
  const problem = graphqlBodyProblem(await request.clone().text())
  if (problem) {
    return Response.json({ errors: [{ message: problem }] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
  }
  return graphql(request)
}

export const OPTIONS = REST_OPTIONS(config)
