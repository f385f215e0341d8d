import type { TestProject } from 'vitest/node'
import { createRoleAccountsOverRest, newAccounts, type Accounts } from './accounts'
import { startCmsServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsAccounts: Accounts
  }
}

/** One real CMS server for the whole run; every test file reaches it with inject('cmsUrl'). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startCmsServer()
  const accounts = newAccounts()
  await createRoleAccountsOverRest(server.url, accounts)
  project.provide('cmsUrl', server.url)
  project.provide('cmsAccounts', accounts)
  return () => server.stop()
}
