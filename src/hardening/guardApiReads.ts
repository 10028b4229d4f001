import { APIError, ValidationError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { isStaffUser } from '@/access/roles'
import { missingRelations } from './checkRelations'
import { checkId, checkWhere } from './checkWhere'
import { publicQueryProblem } from './publicQueries'

/** The most documents one public API request may list (also for limit=0 and pagination=false). */
export const maxPublicLimit = 100

type Args = {
  data?: unknown
  where?: unknown
  sort?: unknown
  id?: unknown
  limit?: unknown
  pagination?: unknown
  depth?: unknown
}

/**
 * Applies to REST and GraphQL, never to the app's own Local API calls: malformed `where` values
 * and ids become a 400/404 with a reason; the public's page size is capped.
 */
export const guardApiReads: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const options = args as Args
  for (const key of ['limit', 'depth', 'page'] as const) {
    if (Array.isArray((options as Record<string, unknown>)[key])) throw new APIError(`"${key}" was given more than once.`, 400, null, true)
  }
  if (['read', 'count', 'readDistinct'].includes(operation) && !isStaffUser(req.user)) {
    const publicProblem = publicQueryProblem(collection.slug, options.where, options.sort)
    if (publicProblem) throw new APIError(publicProblem, 400, null, true)
  }
  const whereProblem = checkWhere(req.payload, collection.flattenedFields, options.where as never)
  if (whereProblem) throw new APIError(whereProblem, 400, null, true)
  const idProblem = checkId(req.payload, options.id)
  if (idProblem) throw new APIError(idProblem, 404, null, true)
  if (operation === 'create' || operation === 'update') {
    const dataProblem = writeDataProblem(
      options.data,
      Boolean(req.file),
      (args as { duplicateFromID?: unknown }).duplicateFromID !== undefined,
    )
    if (dataProblem) throw new APIError(dataProblem, 400, null, true)
    const errors = await missingRelations(req.payload, collection.flattenedFields, options.data)
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  }
  if (operation === 'read' && !req.user) {
    const limit = typeof options.limit === 'number' ? options.limit : undefined
    const capped = limit === undefined ? undefined : limit <= 0 || limit > maxPublicLimit ? maxPublicLimit : limit
    return { ...args, limit: capped, pagination: true }
  }
  return args
}

/**
 * A write needs a JSON object: Payload left `data` undefined for text/plain, form-encoded, XML or
 * no Content-Type, and null for a JSON `null`, then failed on it with a 500. An upload may carry
 * its file alone, and a duplicate copies its source.
 */
function writeDataProblem(data: unknown, hasFile: boolean, duplicating: boolean): string | undefined {
  if (data && typeof data === 'object' && !Array.isArray(data)) return undefined
  if (data === undefined && (hasFile || duplicating)) return undefined
  return 'The request body must be a JSON object (Content-Type: application/json), or a multipart form whose "_payload" is one.'
}

/** Adds the guard in front of each collection's own beforeOperation hooks. */
export function withApiGuards(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [guardApiReads, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
