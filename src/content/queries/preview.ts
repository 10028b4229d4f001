import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Article, User } from '@/payload-types'

type Staff = User & { collection: 'users' }

/** The latest draft of an edition, read with the staff member's own access (never for the public). */
export async function draftArticleBySlug(payload: Payload, locale: Locale, slug: string, user: Staff): Promise<Article | undefined> {
  const result = await payload.find({
    collection: 'articles',
    locale,
    draft: true,
    overrideAccess: false,
    user,
    fallbackLocale: false,
    depth: 2,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  return result.docs[0]
}

export async function draftArticleById(payload: Payload, locale: Locale, id: number, user: Staff): Promise<Article | undefined> {
  const result = await payload.find({
    collection: 'articles',
    locale,
    draft: true,
    overrideAccess: false,
    user,
    fallbackLocale: false,
    depth: 1,
    limit: 1,
    pagination: false,
    where: { id: { equals: id } },
  })
  return result.docs[0]
}
