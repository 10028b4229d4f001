import type { Payload } from 'payload'

import { hourBucket, rankByViews } from '@/analytics/counter'
import type { Locale } from '@/i18n/locales'
import { cardsByIds, cardsPreferringLatest, type Card } from './common'

const hourMs = 60 * 60 * 1000

/**
 * Most read in one locale over the last `hours`: summed hourly buckets. Reads only buckets in
 * the window (one row per article and hour), never the articles themselves in bulk.
 */
export async function mostRead(
  payload: Payload,
  locale: Locale,
  limit: number,
  hours = 24,
  now = new Date(),
  section?: number,
): Promise<Card[]> {
  const since = hourBucket(new Date(now.getTime() - hours * hourMs))
  const rows = await payload.find({
    collection: 'page-views',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    select: { article: true, views: true },
    where: { and: [{ locale: { equals: locale } }, { hour: { greater_than_equal: since } }] },
  })
  const ranked = rankByViews(rows.docs)
  // Ask for a few more than needed: some may have been unpublished since.
  // Scoped to a section, most of the ranking may belong elsewhere: look further down it.
  const depth = section ? limit * 10 : limit * 2
  const ids = ranked.slice(0, depth).map((entry) => entry.article)
  const cards = section
    ? await cardsByIds(payload, locale, ids, { section: { equals: section } })
    : await cardsPreferringLatest(payload, locale, ids)
  return cards.slice(0, limit)
}
