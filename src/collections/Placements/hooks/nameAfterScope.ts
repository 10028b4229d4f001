import type { CollectionBeforeChangeHook } from 'payload'

import type { Placement } from '@/payload-types'
import { relationId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'
import { placementLabels, type PlacementKey } from '../keys'

export const siteWide = { vi: 'toàn trang', en: 'site-wide', zh: '全站' } as const
type Lang = keyof typeof siteWide

/** "Nên xem · Thể thao" or "Nên xem · toàn trang", in one admin language. */
export function placementName(key: PlacementKey, sectionName: string | null, lang: Lang): string {
  return `${placementLabels[key][lang]} · ${sectionName ?? siteWide[lang]}`
}

/** A readable name, stored in Vietnamese (the newsroom's language); the list shows it in the admin's own (PlacementNameCell). */
export const nameAfterScope: CollectionBeforeChangeHook<Placement> = async ({ data, req }) => {
  const key = data.key as PlacementKey | undefined
  if (!key) return data
  const sectionId = relationId(data.section)
  let scope: string | null = null
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
  data.title = placementName(key, scope, 'vi')
  return data
}
