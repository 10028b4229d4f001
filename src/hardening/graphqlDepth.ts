import { createRequire } from 'node:module'

import { Kind, type ASTNode, type ValidationContext, type ValidationRule } from 'graphql'

// graphql-http (CommonJS) tells validation errors from results with `instanceof` against its own
// copy of graphql; an error built from the ES module copy would be answered as data with a 200.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

/** No page of the site needs more than this; a relationship chain 30 deep is an attack, not a query. */
export const maxGraphqlDepth = 8

function depthOf(node: ASTNode, context: ValidationContext, seen: Set<string>): number {
  if (!('selectionSet' in node) || !node.selectionSet) {
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const name = node.name.value
      const fragment = context.getFragment(name)
      if (!fragment || seen.has(name)) return 0
      return depthOf(fragment, context, new Set([...seen, name]))
    }
    return 0
  }
  const inner = node.selectionSet.selections.map((selection) => depthOf(selection, context, seen))
  const own = node.kind === Kind.FIELD ? 1 : 0
  return own + Math.max(0, ...inner)
}

/** A GraphQL validation rule: refuses operations nested deeper than `maxGraphqlDepth` fields. */
export const limitGraphqlDepth: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const depth = depthOf(node, context, new Set())
    if (depth > maxGraphqlDepth) {
      context.reportError(new GraphQLError(`The query is ${depth} fields deep; the limit is ${maxGraphqlDepth}.`, { nodes: [node] }))
    }
  },
})
