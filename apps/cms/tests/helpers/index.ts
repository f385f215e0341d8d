/**
 * Shared helpers for every CMS test. Usage:
 *
 *   // A real production server, already started and seeded by the global setup:
 *   const url = inject('cmsUrl')
 *   const token = await login(url, inject('cmsAccounts').reviewer)
 *   await fetch(`${url}/api/dimensions?draft=true`, { headers: authHeader(token) })
 *
 *   // A server of your own (e.g. to change published content without disturbing other files):
 *   const server = await startCmsServer()            // seeded; { env: { SECURE_BASE_SKIP_SEED: '1' } } for empty
 *   const tokens = await createRoleAccountsOverRest(server.url, newAccounts())
 *   await server.stop()                               // stops the whole process group, removes the temp files
 *
 *   // The Local API in the test process, on its own temp SQLite file:
 *   const cms = await bootLocalCms({ seed: true })
 *   const users = await createLocalUsers(cms.payload)   // { admin, editor, reviewer }
 *   await cms.payload.find({ collection: 'dimensions', overrideAccess: false, user: users.editor })
 *   await cms.cleanup()
 *
 * Servers need the production build: `pnpm --filter @secure-base/cms build` (the `test` script does it).
 */
export * from './accounts'
export * from './local'
export * from './server'
