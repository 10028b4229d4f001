import type { CollectionBeforeChangeHook } from 'payload'

import type { Placement } from '@/payload-types'
import { relationId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'
import { placementLabels, type PlacementKey } from '../keys'

/** A readable name for the list view: "Recommended · Thể thao" or "Recommended · site-wide". */
export const nameAfterScope: CollectionBeforeChangeHook<Placement> = async ({ data, req }) => {
  const key = data.key as PlacementKey | undefined
  if (!key) return data
  const sectionId = relationId(data.section)
  let scope = 'site-wide'
  if (sectionId) {
    const section = await req.payload
      .findByID({
        collection: 'sections',
        id: sectionId,
        depth: 0,
        req: nestedRequest(req),
        overrideAccess: true,
        locale: 'vi',
        select: { name: true },
      })
      .catch(() => null)
    scope = section?.name ?? `#${sectionId}`
  }
  data.title = `${placementLabels[key].en} · ${scope}`
  return data
}
