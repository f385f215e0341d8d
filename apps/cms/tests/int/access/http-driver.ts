import { authHeader } from '../../helpers/accounts'
import type { Actor, ContentCollection, Doc, Driver, Id, Outcome } from './driver'

export type Tokens = Record<Exclude<Actor, 'anonymous'>, string>

const headersFor = (tokens: Tokens, actor: Actor): Record<string, string> => ({
  'Content-Type': 'application/json',
  ...(actor === 'anonymous' ? {} : authHeader(tokens[actor])),
})

const outcomeOf = async (response: Response): Promise<Outcome> => {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    const errors = body.errors as { message?: string }[] | undefined
    return {
      ok: false,
      status: response.status,
      message: errors?.map((e) => e.message).join('; ') ?? response.statusText,
    }
  }
  if (Array.isArray(body.docs)) return { ok: true, docs: body.docs as Doc[] }
  const doc = (body.doc ?? body.result ?? body) as Doc
  return { ok: true, doc }
}

/** Payload's REST API over real HTTP, as a browser or an integration would call it. */
export const restDriver = (url: string, tokens: Tokens): Driver => {
  const call = async (actor: Actor, method: string, path: string, body?: unknown): Promise<Outcome> => {
    const response = await fetch(`${url}/api${path}`, {
      method,
      headers: headersFor(tokens, actor),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return outcomeOf(response)
  }
  const draftQuery = (draft: boolean) => (draft ? '?draft=true&depth=0' : '?depth=0')
  return {
    create: (actor, collection, data, draft) => call(actor, 'POST', `/${collection}${draftQuery(draft)}`, data),
    read: (actor, collection, id, draft) => call(actor, 'GET', `/${collection}/${id}${draftQuery(draft)}`),
    list: (actor, collection, draft) =>
      call(actor, 'GET', `/${collection}${draftQuery(draft)}&limit=0&pagination=false`),
    update: (actor, collection, id, data, draft) =>
      call(actor, 'PATCH', `/${collection}/${id}${draftQuery(draft)}`, data),
    remove: (actor, collection: ContentCollection, id: Id) => call(actor, 'DELETE', `/${collection}/${id}`),
    versions: (actor, collection, id) =>
      call(actor, 'GET', `/${collection}/versions?where[parent][equals]=${id}&depth=0`),
    readCycle: (actor, draft) => call(actor, 'GET', `/globals/caregiving-cycle${draftQuery(draft)}`),
    updateCycle: (actor, data, draft) => call(actor, 'POST', `/globals/caregiving-cycle${draftQuery(draft)}`, data),
    cycleVersions: (actor) => call(actor, 'GET', `/globals/caregiving-cycle/versions?depth=0`),
  }
}

const TYPE_NAMES: Record<ContentCollection, { one: string; many: string; titleField: string }> = {
  dimensions: { one: 'Dimension', many: 'Dimensions', titleField: 'name' },
  explanations: { one: 'Explanation', many: 'Explanations', titleField: 'title' },
  checklists: { one: 'Checklist', many: 'Checklists', titleField: 'title' },
  resources: { one: 'Resource', many: 'Resources', titleField: 'title' },
}

// GraphQL enum values cannot start with a digit or contain hyphens; Payload renames them.
const toEnum = (value: string): string => value.replace(/-/g, '_').replace(/^(\d)/, '_$1')

const forGraphql = (data: Record<string, unknown>): Record<string, unknown> =>
  typeof data.ageBand === 'string' ? { ...data, ageBand: toEnum(data.ageBand) } : data

/** Payload's GraphQL API over real HTTP; refusals arrive as `errors` in a 200 or 4xx body. */
export const graphqlDriver = (url: string, tokens: Tokens): Driver => {
  const run = async (
    actor: Actor,
    query: string,
    variables: Record<string, unknown>,
    pick: (data: Record<string, unknown>) => unknown,
  ): Promise<Outcome> => {
    const response = await fetch(`${url}/api/graphql`, {
      method: 'POST',
      headers: headersFor(tokens, actor),
      body: JSON.stringify({ query, variables }),
    })
    const body = (await response.json().catch(() => ({}))) as {
      data?: Record<string, unknown> | null
      errors?: { message: string }[]
    }
    if (body.errors?.length)
      return { ok: false, status: response.status, message: body.errors.map((e) => e.message).join('; ') }
    const picked = body.data ? pick(body.data) : undefined
    if (picked === null || picked === undefined) return { ok: false, status: response.status, message: 'no data' }
    if (typeof picked === 'object' && picked !== null && 'docs' in picked) {
      return { ok: true, docs: (picked as { docs: Doc[] }).docs }
    }
    return { ok: true, doc: picked as Doc }
  }
  // Versions hold the document under `version`; lifting its title keeps the matrix assertions uniform.
  const versionFields = (title: string) => `docs { id version { ${title} } }`
  const idLiteral = (id: Id) => (typeof id === 'number' ? String(id) : JSON.stringify(id))
  return {
    create: (actor, collection, data, draft) => {
      const t = TYPE_NAMES[collection]
      return run(
        actor,
        `mutation ($data: mutation${t.one}Input!) { create${t.one}(data: $data, draft: ${draft}) { id ${t.titleField} } }`,
        { data: forGraphql(data) },
        (d) => d[`create${t.one}`],
      )
    },
    read: (actor, collection, id, draft) => {
      const t = TYPE_NAMES[collection]
      return run(
        actor,
        `{ ${t.one}(id: ${idLiteral(id)}, draft: ${draft}) { id ${t.titleField} } }`,
        {},
        (d) => d[t.one],
      )
    },
    list: (actor, collection, draft) => {
      const t = TYPE_NAMES[collection]
      return run(
        actor,
        `{ ${t.many}(draft: ${draft}, limit: 0) { docs { id ${t.titleField} } } }`,
        {},
        (d) => d[t.many],
      )
    },
    update: (actor, collection, id, data, draft) => {
      const t = TYPE_NAMES[collection]
      return run(
        actor,
        `mutation ($data: mutation${t.one}UpdateInput!) { update${t.one}(id: ${idLiteral(id)}, data: $data, draft: ${draft}) { id ${t.titleField} } }`,
        { data: forGraphql(data) },
        (d) => d[`update${t.one}`],
      )
    },
    remove: (actor, collection, id) => {
      const t = TYPE_NAMES[collection]
      return run(actor, `mutation { delete${t.one}(id: ${idLiteral(id)}) { id } }`, {}, (d) => d[`delete${t.one}`])
    },
    versions: (actor, collection, id) => {
      const t = TYPE_NAMES[collection]
      return run(
        actor,
        `{ versions${t.many}(where: { parent: { equals: ${idLiteral(id)} } }) { ${versionFields(t.titleField)} } }`,
        {},
        (d) => d[`versions${t.many}`],
      )
    },
    readCycle: (actor, draft) =>
      run(actor, `{ CaregivingCycle(draft: ${draft}) { title } }`, {}, (d) => d.CaregivingCycle),
    updateCycle: (actor, data, draft) =>
      run(
        actor,
        `mutation ($data: mutationCaregivingCycleInput!) { updateCaregivingCycle(data: $data, draft: ${draft}) { title } }`,
        { data },
        (d) => d.updateCaregivingCycle,
      ),
    cycleVersions: (actor) =>
      run(actor, `{ versionsCaregivingCycle { docs { id version { title } } } }`, {}, (d) => d.versionsCaregivingCycle),
  }
}
