import { Kind, parse, visit, type DocumentNode } from 'graphql'

/** More fragment spreads than any page's query needs; many spreads of spreads multiply the work. */
const maxFragmentExpansion = 2_000

/**
 * Problems GraphQL's validation reports too late: Payload's complexity rule walks fragments
 * before NoFragmentCycles has a say, so a cycle ran into "Maximum call stack size exceeded"
 * (an empty 500), and fragments that spread each other many times over multiply its work.
 * Syntax errors are left to Payload, which answers them with a 400.
 */
export function graphqlDocumentProblem(query: string): string | undefined {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch {
    return undefined
  }
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const expansion = new Map<string, number>()
  const expand = (name: string, path: Set<string>): number => {
    if (path.has(name)) throw new Cycle(name)
    const known = expansion.get(name)
    if (known !== undefined) return known
    const inner = spreads.get(name) ?? []
    const next = new Set(path).add(name)
    const total = inner.reduce((sum, spread) => Math.min(sum + 1 + expand(spread, next), Number.MAX_SAFE_INTEGER), 0)
    expansion.set(name, total)
    return total
  }
  try {
    for (const name of spreads.keys()) {
      if (expand(name, new Set()) > maxFragmentExpansion)
        return `The fragment "${name}" expands to more than ${maxFragmentExpansion} spreads.`
    }
  } catch (error) {
    if (error instanceof Cycle) return `The fragment "${error.fragment}" spreads itself (a fragment cycle).`
    throw error
  }
  return undefined
}

class Cycle extends Error {
  constructor(readonly fragment: string) {
    super(fragment)
  }
}
