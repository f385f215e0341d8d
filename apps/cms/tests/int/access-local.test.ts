import { afterAll, beforeAll } from 'vitest'
import { bootLocalCms, createLocalUsers, type LocalCms } from '../helpers/local'
import type { Driver } from './access/driver'
import { localDriver } from './access/local-driver'
import { accessMatrix } from './access/matrix'

let cms: LocalCms
let driver: Driver

beforeAll(async () => {
  // Unseeded: the five dimension slots must be free for the create cases.
  cms = await bootLocalCms({ seed: false })
  driver = localDriver(cms.payload, await createLocalUsers(cms.payload))
})
afterAll(async () => {
  await cms?.cleanup()
})

accessMatrix('the Local API (overrideAccess: false)', () => driver)
