import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startFixtureServer } from './fixture-server.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fixture delivery API; prefix paths such as `/status/500` choose a failure. */
    fixtureServer: string
    /** An origin where nothing listens. */
    refusedServer: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startFixtureServer({
    fixturesDir: fileURLToPath(new URL('../../../content/fixtures/', import.meta.url)),
    distDir: fileURLToPath(new URL('../../dist/', import.meta.url)),
  })
  project.provide('fixtureServer', server.url)
  project.provide('refusedServer', server.refusedUrl)
  return () => server.close()
}
