import type { CollectionBeforeDeleteHook } from 'payload'

import { nestedRequest } from '@/utilities/nestedRequest'

/**
 * A deleted article takes its workflow history with it: each transition requires its article,
 * so the database could not clear the reference and the delete failed (a 500). The deletion
 * itself stays in the versions of the article until they are pruned.
 */
export const forgetTransitions: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'article-transitions',
    where: { article: { equals: id } },
    overrideAccess: true,
    req: nestedRequest(req),
  })
}
