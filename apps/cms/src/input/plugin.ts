import {
  APIError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type Config,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type Plugin,
} from 'payload'
import { isRecord } from '../lib/documents'
import { dataProblems } from './data'
import { pagingProblems, whereProblems } from './query'

/**
 * Checks every query and document body a collection or global receives, whichever API it came
 * through (REST, GraphQL, the Local API), and answers what does not fit with a 400 that says what
 * to change; see `query.ts` and `data.ts` for what is checked and why.
 */
/** Payload types each operation's arguments differently (a global's not at all); these four are read as given. */
const argument = (args: unknown, name: 'where' | 'limit' | 'page' | 'data'): unknown =>
  isRecord(args) ? args[name] : undefined

const WRITES = new Set(['create', 'update'])

const check = (
  args: unknown,
  operation: string,
  fields: readonly FlattenedField[],
  numericIds: boolean,
  owner: { collection?: string; global?: string },
) => {
  const problems = [
    ...whereProblems(argument(args, 'where'), fields, numericIds),
    ...pagingProblems({ limit: argument(args, 'limit'), page: argument(args, 'page') }),
  ]
  if (problems.length > 0) throw new APIError(problems.join(' '), 400, { problems }, true)
  if (!WRITES.has(operation)) return
  const dataIssues = dataProblems(argument(args, 'data'), fields)
  if (dataIssues.length > 0) {
    throw new ValidationError({ ...owner, errors: dataIssues.map(({ path, message }) => ({ path, message })) })
  }
}

const checkCollectionInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  check(args, operation, collection.flattenedFields, req.payload.db.defaultIDType === 'number', {
    collection: collection.slug,
  })
  return args
}

const checkGlobalInput: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  check(args, operation, global.flattenedFields, req.payload.db.defaultIDType === 'number', { global: global.slug })
  return args
}

/**
 * Errors that only bad input causes, raised by code the project does not own, mapped to the
 * status they deserve instead of Payload's default 500.
 */
const CLIENT_ERRORS: { test: (error: Error) => boolean; status: number; message: string }[] = [
  {
    test: (error) => error instanceof SyntaxError,
    status: 400,
    message: 'The request body is not valid JSON.',
  },
  {
    test: (error) => /^(Multipart: |Unexpected end of (form|multipart data)|Malformed part header)/.test(error.message),
    status: 400,
    message: 'The multipart body cannot be read: check its boundary and parts.',
  },
  {
    test: (error) => error.message === 'Request is not eligible for file upload',
    status: 400,
    message: 'The multipart body cannot be read: check its boundary and parts.',
  },
  {
    // Payload routes /verify/<token> even when email verification is off, then fails to look the token up.
    test: (error) => error.message === 'Cannot find field for path at _verificationToken',
    status: 404,
    message: 'Accounts here are not verified by email, so there is nothing to verify.',
  },
]

export const inputChecks =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [checkCollectionInput, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeOperation: [checkGlobalInput, ...(global.hooks?.beforeOperation ?? [])] },
    })),
    hooks: {
      ...config.hooks,
      afterError: [
        ...(config.hooks?.afterError ?? []),
        ({ error }) => {
          const known = CLIENT_ERRORS.find(({ test }) => test(error))
          if (!known) return
          return { status: known.status, response: { errors: [{ message: known.message }] } }
        },
      ],
    },
  })
