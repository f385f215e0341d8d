import type { Payload } from 'payload'
import { seed } from './index'
import { ensureDemoUsers } from './demoUsers'

/**
 * Runs once per server boot: an empty database gets the model's content straight away, so a
 * first visit to the admin or a widget already has something to show.
 */
export const onInit = async (payload: Payload): Promise<void> => {
  if (process.env.SECURE_BASE_SKIP_SEED !== '1') {
    const { totalDocs } = await payload.count({ collection: 'dimensions', overrideAccess: true })
    if (totalDocs === 0) {
      const report = await seed(payload)
      payload.logger.info(`Seeded an empty database with ${report.created.length} documents.`)
    }
  }
  const demoWanted = process.env.SECURE_BASE_DEMO_USERS === '1'
  const production = process.env.NODE_ENV === 'production'
  if (demoWanted && (!production || process.env.SECURE_BASE_DEMO_USERS_IN_PRODUCTION === '1')) {
    await ensureDemoUsers(payload)
  }
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  if (users.totalDocs === 0) {
    payload.logger.info('No accounts yet: open /admin and create the first user. That first account is made an admin.')
  }
}
