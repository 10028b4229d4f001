import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { publicRead, publishedByIds } from './common'

/** Ids of the published editions matching `where`, newest first, at most `limit`. */
export async function matchingArticleIds(payload: Payload, locale: Locale, where: Where, limit: number): Promise<number[]> {
  if (limit <= 0) return []
  const result = await payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 0,
    limit,
    pagination: false,
    sort: '-publishedAt',
    // Only ids are needed; selecting one small field keeps every adapter from loading the rest.
    select: { publishedAt: true },
    where,
  })
  return result.docs.map((doc) => doc.id)
}

/** What a search hit shows of these editions (the body for its passage), in no particular order. */
export async function searchHitArticles(payload: Payload, locale: Locale, ids: number[]) {
  if (ids.length === 0) return []
  const select = { title: true, lead: true, body: true, slug: true, publishedAt: true, section: true, heroImage: true } as const
  const result = await payload.find({ ...publishedByIds(locale, ids), select })
  return result.docs
}
