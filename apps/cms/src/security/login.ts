import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import {
  APIError,
  AuthenticationError,
  LockedAuth,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import type { User } from '../payload-types'
import { clientAddress } from './client-address'
import { createWindowCounter } from './rate-limit'

/**
 * The login policy (SECURITY.md explains it to people):
 * - per account, kept in the database so that every instance agrees: after
 *   ACCOUNT_MAX_FAILED_LOGINS wrong passwords in a row the account refuses every password for
 *   ACCOUNT_LOCK_MS. That caps guessing at a handful of tries a minute however many machines an
 *   attacker uses, while someone who locks an account on purpose keeps its owner out for one minute
 *   only, and an admin can unlock it at once;
 * - per client address, in this instance's memory: after ADDRESS_MAX_FAILED_LOGINS failures within
 *   ADDRESS_WINDOW_MS, that address is answered 429 until the window ends, so one machine cannot
 *   keep every account locked nor spray passwords across many accounts.
 */
export const ACCOUNT_MAX_FAILED_LOGINS = 5
export const ACCOUNT_LOCK_MS = 60_000
export const ADDRESS_MAX_FAILED_LOGINS = 10
export const ADDRESS_WINDOW_MS = 15 * 60_000

const failedLoginsByAddress = () =>
  createWindowCounter('failed-logins-by-address', { limit: ADDRESS_MAX_FAILED_LOGINS, windowMs: ADDRESS_WINDOW_MS })

/** Where beforeOperation leaves the client's address for afterError, which counts the failure. */
const LOGIN_ADDRESS = 'secureBaseLoginAddress'

/**
 * Payload checks a password only when the account exists and is not locked, so without help an
 * unknown email or a locked account answers in a fraction of the time a wrong password takes. The
 * same check is run against a throwaway hash instead, with the parameters Payload's
 * generatePasswordSaltHash uses for every password it stores (PBKDF2-SHA256, 600 000 rounds,
 * 32 bytes): every failed login then costs the same.
 */
const PASSWORD_HASH_ROUNDS = 600_000
const PASSWORD_HASH_BYTES = 32
const derive = promisify(pbkdf2)
const throwawaySalt = randomBytes(32).toString('hex')
const spendPasswordCheck = async (password: string): Promise<void> => {
  await derive(password, throwawaySalt, PASSWORD_HASH_ROUNDS, PASSWORD_HASH_BYTES, 'sha256')
}

const isLocked = (user: Pick<User, 'lockUntil'>): boolean =>
  typeof user.lockUntil === 'string' && new Date(user.lockUntil).getTime() > Date.now()

const minutes = (seconds: number): string => {
  const count = Math.ceil(seconds / 60)
  return count === 1 ? 'a minute' : `${count} minutes`
}

/** Users `beforeOperation`: refuses throttled addresses and evens out the cost of a failed login. */
export const throttleLogin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddress(req.headers)
  const gate = failedLoginsByAddress().check(address)
  if (!gate.allowed) {
    req.responseHeaders = new Headers({ 'Retry-After': String(gate.retryAfterSeconds) })
    // Payload's REST error body keeps the message of an error that carries data; without data it
    // needs the class's name, which the production build minifies away.
    throw new APIError(
      `Too many failed logins from this address. Try again in ${minutes(gate.retryAfterSeconds)}.`,
      429,
      { retryAfterSeconds: gate.retryAfterSeconds },
      true,
    )
  }
  req.context[LOGIN_ADDRESS] = address
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  // Payload refuses a missing email or password before looking anyone up; nothing to even out.
  if (!email || !password.trim()) return args
  const user = await req.payload.db.findOne<User>({ collection: 'users', req, where: { email: { equals: email } } })
  if (!user || isLocked(user)) await spendPasswordCheck(password)
  return args
}

/** The error Payload raised, whether it reached us directly (REST) or wrapped by GraphQL. */
const originalError = (error: Error): Error => {
  const wrapped = (error as { originalError?: unknown }).originalError
  return wrapped instanceof Error ? wrapped : error
}

/**
 * Global `afterError`: counts a failed login against its address, and answers for a locked account
 * exactly as for a wrong password, so that a lock tells an attacker nothing about the account.
 */
export const concealLockedAccounts: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const address = req.context[LOGIN_ADDRESS]
  const failure = originalError(error)
  // Classes, not names: the production build minifies Payload's class names.
  const locked = failure instanceof LockedAuth
  if (typeof address !== 'string' || !(locked || failure instanceof AuthenticationError)) return
  failedLoginsByAddress().hit(address)
  if (!locked) return
  const wrongPassword = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: wrongPassword.message,
        extensions: { ...graphqlResult.extensions, name: wrongPassword.name },
      },
    }
  }
  return {
    response: { ...result, errors: [{ message: wrongPassword.message }] },
    status: wrongPassword.status,
  }
}
