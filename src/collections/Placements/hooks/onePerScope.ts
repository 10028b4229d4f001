import type { CollectionBeforeValidateHook } from 'payload'

import { placementExists } from '@/errors/messages'
import { adminLanguage, refuseFields } from '@/errors/refuse'

import type { Placement } from '@/payload-types'
import { relationId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'

/** One placement per key and scope (site-wide, or one section): two would compete for the same slots. */
export const onePerScope: CollectionBeforeValidateHook<Placement> = async ({ data, originalDoc, req }) => {
  const key = data?.key ?? originalDoc?.key
  if (!key) return data
  const section = relationId(data && 'section' in data ? data.section : originalDoc?.section) ?? null
  const { docs } = await req.payload.find({
    collection: 'placements',
    req: nestedRequest(req),
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    where: {
      and: [
        { key: { equals: key } },
        section === null ? { section: { exists: false } } : { section: { equals: section } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
  })
  if (docs[0]) {
    refuseFields(req, 'placements', [{ path: 'key', message: placementExists(adminLanguage(req), docs[0].id) }])
  }
  return data
}
