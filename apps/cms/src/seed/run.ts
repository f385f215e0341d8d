import config from '../payload.config'
import { getPayload } from 'payload'
import { seed } from './index'

// Run through `payload run src/seed/run.ts` (see package.json `seed`): Payload's own CLI boots
// reliably on Node 20, and a failure must end the process with a non-zero code. `--refresh` puts the
// fixture text back over documents that already exist, editors' changes included.
try {
  const payload = await getPayload({ config })
  const refresh = process.argv.includes('--refresh')
  const report = await seed(payload, { refresh })
  console.log(
    `Seed finished: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged.`,
  )
  process.exit(0)
} catch (error) {
  console.error('Seed failed:', error)
  process.exit(1)
}
