import type { Access, FieldAccess } from 'payload'
import { isAdminUser } from './roles'

export const adminOnly: Access = ({ req: { user } }) => isAdminUser(user)

export const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdminUser(user)
