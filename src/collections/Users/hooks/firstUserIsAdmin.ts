import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'
import { nestedRequest } from '@/utilities/nestedRequest'

/** The very first account of a new newsroom must be able to administer it. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req: nestedRequest(req) })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}
