import { Kind, parse, visit, type DocumentNode } from 'graphql'

/**
 * What Payload's GraphQL handler cannot survive, found before it runs: a body that is not JSON
 * (it answers an empty 500) and fragments that spread each other in a cycle (it recurses until the
 * stack overflows while measuring the query's complexity, before GraphQL's own validation would
 * reject the cycle). Anything else, syntax errors included, Payload reports itself.
 */
export const graphqlBodyProblem = (text: string): string | null => {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return 'The request body is not valid JSON: send {"query": "…", "variables": {…}}.'
  }
  const query = body !== null && typeof body === 'object' && 'query' in body ? body.query : undefined
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return null
  }
  const cycle = fragmentCycle(document)
  return cycle ? `Fragments may not spread each other in a cycle: ${cycle.join(' → ')}.` : null
}

const fragmentCycle = (document: DocumentNode): string[] | null => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const done = new Set<string>()
  const search = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name]
    if (done.has(name)) return null
    for (const next of spreads.get(name) ?? []) {
      const found = search(next, [...path, name])
      if (found) return found
    }
    done.add(name)
    return null
  }
  for (const name of spreads.keys()) {
    const found = search(name, [])
    if (found) return found
  }
  return null
}
