import type { CollectionBeforeChangeHook } from 'payload'

import { photoNeeds } from '@/errors/messages'
import { adminLanguage, refuseFields } from '@/errors/refuse'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { relationId, sameDocId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'

type Ref = number | { id: number } | null | undefined

/** Every photo the body shows: inline photo blocks and plain upload nodes. */
export function bodyPhotoIds(body: unknown): number[] {
  const ids: number[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as {
      type?: string
      fields?: { blockType?: string; photo?: Ref }
      relationTo?: string
      value?: Ref
      children?: unknown[]
      root?: unknown
    }
    if (n.type === 'block' && n.fields?.blockType === 'inlinePhoto') {
      const id = relationId(n.fields.photo) ?? null
      if (id !== null) ids.push(id)
    }
    if (n.type === 'upload' && n.relationTo === 'media') {
      const id = relationId(n.value) ?? null
      if (id !== null) ids.push(id)
    }
    if (n.root) visit(n.root)
    for (const child of n.children ?? []) visit(child)
  }
  visit(body)
  return ids
}

/**
 * An edition goes live only when every photo it uses says who took it (photographer or agency)
 * and describes itself in the edition's own language. The error names the photos to fix.
 */
export const requirePhotoCredits: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const locale: Locale = isLocale(req.locale) ? req.locale : defaultLocale
  const hero = relationId((data.heroImage ?? originalDoc?.heroImage) as Ref) ?? null
  const inline = bodyPhotoIds(data.body ?? originalDoc?.body)
  const ids = [...new Set([...(hero !== null ? [hero] : []), ...inline])]
  if (ids.length === 0) return data

  const photos = await req.payload.find({
    collection: 'media',
    locale,
    fallbackLocale: false,
    overrideAccess: true,
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { filename: true, alt: true, credit: true, agency: true },
    where: { id: { in: ids } },
    req: nestedRequest(req),
  })
  const language = adminLanguage(req)
  const problems = photos.docs.flatMap((photo) => {
    const credit = !photo.credit?.trim() && !photo.agency?.trim()
    const alt = !photo.alt?.trim()
    if (!credit && !alt) return []
    const file = photo.filename ?? String(photo.id)
    return [
      {
        path: sameDocId(photo.id, hero) ? 'heroImage' : 'body',
        message: photoNeeds(language, { file, id: photo.id, credit, alt, locale }),
      },
    ]
  })
  if (problems.length > 0) refuseFields(req, 'articles', problems)
  return data
}
