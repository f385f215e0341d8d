import * as v from 'valibot'

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: string[] }

/** Checks `value` against a contract schema and says, per problem, where it is and what is wrong. */
export const validate = <S extends v.GenericSchema>(schema: S, value: unknown): Validation<v.InferOutput<S>> => {
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  return {
    ok: false,
    issues: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
  }
}

export class ContractError extends Error {
  constructor(readonly issues: string[]) {
    super(`The content does not match the delivery contract: ${issues.slice(0, 3).join('; ')}`)
    this.name = 'ContractError'
  }
}

/** Like `validate`, but throws a ContractError listing the problems. */
export const assertValid = <S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> => {
  const result = validate(schema, value)
  if (!result.ok) throw new ContractError(result.issues)
  return result.value
}

export type FirstProblem<T> = { ok: true; value: T } | { ok: false; field: string | null; message: string }

/** Checks `value` against a schema and, when it fails, gives the first problem in the schema's own words and where it is. */
export const firstProblem = <S extends v.GenericSchema>(schema: S, value: unknown): FirstProblem<v.InferOutput<S>> => {
  const result = v.safeParse(schema, value, { abortEarly: true })
  if (result.success) return { ok: true, value: result.output }
  const [issue] = result.issues
  return { ok: false, field: v.getDotPath(issue), message: issue.message }
}
