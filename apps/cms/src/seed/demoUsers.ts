import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Role } from '../access/roles'

const DEMO_ROLES: Role[] = ['admin', 'reviewer', 'editor']

export const demoEmail = (role: Role): string => `${role}@demo.secure-base.local`

/**
 * Demo accounts for trying the review workflow. Each start gives them fresh random passwords,
 * printed once to the console, so no password is ever written down in the repository.
 */
export const ensureDemoUsers = async (payload: Payload): Promise<void> => {
  const lines: string[] = []
  for (const role of DEMO_ROLES) {
    const email = demoEmail(role)
    const password = randomBytes(9).toString('base64url')
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const doc = existing.docs[0]
    if (doc) {
      await payload.update({ collection: 'users', id: doc.id, data: { password, role }, overrideAccess: true })
    } else {
      await payload.create({
        collection: 'users',
        data: { email, password, role, name: `Demo ${role}` },
        overrideAccess: true,
      })
    }
    lines.push(`  ${role.padEnd(8)} ${email}  password: ${password}`)
  }
  payload.logger.info(`Demo accounts (SECURE_BASE_DEMO_USERS=1):\n${lines.join('\n')}`)
}
