import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The very first account of a new newsroom must be able to administer it. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}
