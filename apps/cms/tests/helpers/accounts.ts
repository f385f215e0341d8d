import { randomBytes } from 'node:crypto'
import { registerFirstAdmin as registerFirstAdminClient } from '@secure-base/test-support/rest'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

export interface Account {
  role: Role
  email: string
  password: string
}

export type Accounts = Record<Role, Account>

export const newAccounts = (): Accounts => {
  const make = (role: Role): Account => ({
    role,
    email: `${role}@tests.secure-base.local`,
    password: randomBytes(12).toString('base64url'),
  })
  return { admin: make('admin'), editor: make('editor'), reviewer: make('reviewer') }
}

export const authHeader = (token: string): Record<string, string> => ({ Authorization: `JWT ${token}` })

const readJson = async (response: Response): Promise<Record<string, unknown>> => {
  const text = await response.text()
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new Error(`Expected JSON from ${response.url} (${response.status}), got: ${text.slice(0, 300)}`)
  }
}

/** Logs in over REST and returns the JWT to send as `Authorization: JWT <token>`. */
export const login = async (url: string, account: Pick<Account, 'email' | 'password'>): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const body = await readJson(response)
  if (!response.ok || typeof body.token !== 'string') {
    throw new Error(`Login as ${account.email} failed (${response.status}): ${JSON.stringify(body)}`)
  }
  return body.token
}

/**
 * On a server with no users yet: registers `account` as the admin through Payload's first-user endpoint
 * (the same path as the admin's "create first user" screen) and returns its token.
 */
export const registerFirstAdmin = async (
  url: string,
  account: Pick<Account, 'email' | 'password'> & { name?: string },
): Promise<string> => {
  const { token } = await registerFirstAdminClient(url, account)
  if (!token) throw new Error(`Registering ${account.email} as the first admin gave no token`)
  return token
}

/**
 * On a server with no users yet: registers the admin through Payload's first-user endpoint (the
 * same path as the admin's "create first user" screen), then lets that admin create the editor
 * and the reviewer. Returns a token per role.
 */
export const createRoleAccountsOverRest = async (url: string, accounts: Accounts): Promise<Record<Role, string>> => {
  const adminToken = await registerFirstAdmin(url, { ...accounts.admin, name: 'Test admin' })
  for (const role of ['editor', 'reviewer'] as const) {
    const account = accounts[role]
    const created = await fetch(`${url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeader(adminToken) },
      body: JSON.stringify({ email: account.email, password: account.password, role, name: `Test ${role}` }),
    })
    if (!created.ok) throw new Error(`Creating the ${role} failed (${created.status}): ${await created.text()}`)
  }
  return {
    admin: adminToken,
    editor: await login(url, accounts.editor),
    reviewer: await login(url, accounts.reviewer),
  }
}
