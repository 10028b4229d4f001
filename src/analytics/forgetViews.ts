import type { CollectionBeforeDeleteHook } from 'payload'

import { nestedRequest } from '@/utilities/nestedRequest'

/**
 * An article's view counts go with it. Without this, deleting an article that had readers failed:
 * page_views.article is required, so the database could not clear the reference (a 500).
 */
export const forgetPageViews: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'page-views', where: { article: { equals: id } }, overrideAccess: true, req: nestedRequest(req) })
}
