import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { isLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { nestedRequest } from '@/utilities/nestedRequest'

type FindByIdArgs = { id?: Article['id']; draft?: boolean; depth?: number; overrideAccess?: boolean; req?: PayloadRequest }

/**
 * Staff opening an edition read the article's latest version. Payload looks for the newest
 * version whose status in that locale is "draft"; an edition never started has no status of its
 * own, so Payload fell back to the stored document, which for an unpublished article is its very
 * first save (no section, tags or bylines): typing into that copy wrote it back over everything.
 */
export const readLatestDraft: CollectionAfterOperationHook = async ({ args, operation, result, req }) => {
  if (operation !== 'findByID' || !result) return result
  const { id, draft, depth, overrideAccess } = args as FindByIdArgs
  const doc = result as unknown as Article & Record<string, unknown>
  if (!draft || id === undefined || !isStaffUser(req.user) || typeof doc.updatedAt !== 'string') return result
  const latest = await req.payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { updatedAt: true },
    req: nestedRequest(req),
  })
  const newest = latest.docs[0]
  if (!newest || Date.parse(newest.updatedAt) <= Date.parse(doc.updatedAt)) return result
  const version = await req.payload.findVersionByID({
    collection: 'articles',
    id: newest.id,
    depth: depth ?? 2,
    locale: req.locale ?? undefined,
    // The admin reads an edition as it is, without another language's text in its empty fields.
    fallbackLocale: isLocale(req.fallbackLocale) ? req.fallbackLocale : false,
    // With the read's own access: the copy replaces what the person asked for, field rules included.
    overrideAccess: overrideAccess ?? true,
    req: nestedRequest(req),
  })
  return { ...version.version, id: doc.id, _isLocked: doc._isLocked, _userEditing: doc._userEditing } as typeof result
}
