import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Article, User } from '@/payload-types'

type Staff = User & { collection: 'users' }

/** The latest draft of one edition, read with the staff member's own access (never for the public). */
async function latestDraft(payload: Payload, locale: Locale, user: Staff, where: Where, depth: number): Promise<Article | undefined> {
  const result = await payload.find({
    collection: 'articles',
    locale,
    draft: true,
    overrideAccess: false,
    user,
    fallbackLocale: false,
    depth,
    limit: 1,
    pagination: false,
    where,
  })
  return result.docs[0]
}

/** The draft the article page renders in preview: populated like the published page. */
export const draftArticleBySlug = (payload: Payload, locale: Locale, slug: string, user: Staff) =>
  latestDraft(payload, locale, user, { slug: { equals: slug } }, 2)

/** The draft the preview route looks up to find the page to open. */
export const draftArticleById = (payload: Payload, locale: Locale, id: number, user: Staff) =>
  latestDraft(payload, locale, user, { id: { equals: id } }, 1)
