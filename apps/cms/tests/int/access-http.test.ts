import { afterAll, beforeAll } from 'vitest'
import { createRoleAccountsOverRest, newAccounts } from '../helpers/accounts'
import { startCmsServer, type CmsServer } from '../helpers/server'
import type { Driver } from './access/driver'
import { graphqlDriver, restDriver } from './access/http-driver'
import { accessMatrix } from './access/matrix'

// A server of its own, unseeded: the matrix creates and deletes dimensions and republishes the
// cycle, which must not disturb the seeded server other test files read from.
let server: CmsServer
let rest: Driver
let graphql: Driver

beforeAll(async () => {
  server = await startCmsServer({ env: { SECURE_BASE_SKIP_SEED: '1' } })
  const tokens = await createRoleAccountsOverRest(server.url, newAccounts())
  rest = restDriver(server.url, tokens)
  graphql = graphqlDriver(server.url, tokens)
})
afterAll(async () => {
  await server?.stop()
})

accessMatrix('REST', () => rest)
accessMatrix('GraphQL', () => graphql)
