import type { CollectionBeforeValidateHook } from 'payload'

import { slugTaken } from '@/errors/messages'
import { adminLanguage, refuseFields } from '@/errors/refuse'

import { defaultLocale, isLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { nestedRequest } from '@/utilities/nestedRequest'
import { slugify } from '@/utilities/slugify'

/**
 * Each edition has its own slug, unique within its locale. When none is typed it comes from
 * the headline; a headline with no Latin letters (Chinese) borrows the Vietnamese slug, which
 * is free in that locale because slugs are unique per locale only.
 */
/**
 * An edition not yet live whose slug was built from its old headline follows the new one: a
 * translation starts as a copy of the Vietnamese text, slug included, and should end with a slug
 * from its own headline. A hand-typed slug, or the slug of a live page, stays.
 */
function followsRetitledHeadline(slug: string, data: Partial<Article>, originalDoc: Article | undefined): boolean {
  if (!slug || !originalDoc || typeof data.title !== 'string' || typeof originalDoc.title !== 'string') return false
  if (data.title === originalDoc.title || originalDoc.workflowState === 'published') return false
  return slug === slugify(originalDoc.title) && slugify(data.title) !== ''
}

export const slugPerLocale: CollectionBeforeValidateHook<Article> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  // A hand-typed slug is cleaned rather than refused: "Hà Nội!" becomes "ha-noi".
  let slug = typeof data.slug === 'string' ? slugify(data.slug) : ''
  if (!slug && typeof originalDoc?.slug === 'string' && originalDoc.slug) slug = originalDoc.slug
  // Only translations: the source edition keeps the slug of its first save, which its open
  // live-preview pane and any shared draft link are addressed by.
  if (locale !== defaultLocale && followsRetitledHeadline(slug, data, originalDoc)) slug = slugify(data.title as string)
  if (!slug && typeof data.title === 'string') slug = slugify(data.title)
  if (!slug && originalDoc?.id && locale !== defaultLocale) {
    const source = await req.payload.findByID({
      collection: 'articles',
      id: originalDoc.id,
      locale: defaultLocale,
      draft: true,
      depth: 0,
      overrideAccess: true,
      select: { slug: true },
      req: nestedRequest(req),
    })
    slug = source?.slug ?? ''
  }
  if (!slug) return data

  const clash = await req.payload.find({
    collection: 'articles',
    locale,
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { slug: true },
    where: originalDoc?.id ? { and: [{ slug: { equals: slug } }, { id: { not_equals: originalDoc.id } }] } : { slug: { equals: slug } },
    req: nestedRequest(req),
  })
  if (clash.docs.length > 0) {
    refuseFields(req, 'articles', [{ path: 'slug', message: slugTaken(adminLanguage(req), slug, locale) }])
  }
  return { ...data, slug }
}
