import type { CollectionBeforeChangeHook, RelationshipField } from 'payload'

import type { Article } from '@/payload-types'
import { relationId } from '@/utilities/docId'
import { bodyPhotoIds } from '../hooks/requirePhotoCredits'

/**
 * Per edition, every photo it shows (hero and body), kept by each save. It answers "is this photo
 * on a live page?" with one query, which decides who may change the photo (see Media/access.ts).
 */
export const photosField: RelationshipField = {
  name: 'photos',
  type: 'relationship',
  relationTo: 'media',
  hasMany: true,
  localized: true,
  index: true,
  access: { read: ({ req }) => Boolean(req.user), create: () => false, update: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}

export function photosOf(edition: Pick<Article, 'heroImage' | 'body'>): Article['id'][] {
  const hero = relationId(edition.heroImage as Parameters<typeof relationId>[0])
  return [...new Set([...(hero !== undefined ? [hero] : []), ...bodyPhotoIds(edition.body)])]
}

export const indexPhotos: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const edition = {
    heroImage: data.heroImage !== undefined ? data.heroImage : originalDoc?.heroImage,
    body: data.body !== undefined ? data.body : originalDoc?.body,
  }
  return { ...data, photos: photosOf(edition) }
}
