import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { publicRead } from './common'

const listed: Where = { publishedAt: { exists: true } }

/**
 * A page of the published editions in a locale (or those matching `where` too), newest first,
 * with what a sitemap entry needs: the URL's parts, dates and headline.
 */
export async function publishedArticles(payload: Payload, locale: Locale, where: Where | undefined, limit: number, page = 1) {
  return payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 1,
    limit,
    page,
    sort: '-publishedAt',
    select: { slug: true, section: true, publishedAt: true, revisedAt: true, title: true },
    populate: { sections: { slug: true } },
    where: where ? { and: [listed, where] } : listed,
  })
}

/** How many editions are published in a locale. */
export async function publishedArticleCount(payload: Payload, locale: Locale): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'articles', locale, overrideAccess: false, where: listed })
  return totalDocs
}

/** Every section, tag or author, by slug, with its name in this locale (none where it has no name). */
export async function taxonomyEntries(payload: Payload, locale: Locale, collection: 'sections' | 'tags' | 'authors') {
  const result = await payload.find({
    collection,
    locale,
    ...publicRead,
    depth: 0,
    pagination: false,
    sort: 'slug',
    select: { name: true, slug: true, updatedAt: true },
  })
  return result.docs
}
