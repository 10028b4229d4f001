import type { Payload } from 'payload'

import { rankByViews } from '@/analytics/counter'
import type { Locale } from '@/i18n/locales'
import { cardsByIds, cardsPreferringLatest, type Card } from './common'
import { viewBuckets } from './views'

/**
 * Most read in one locale over the last `hours`: summed hourly buckets (src/content/queries/views.ts),
 * then the cards of the top ones, never the articles themselves in bulk.
 */
export async function mostRead(
  payload: Payload,
  locale: Locale,
  limit: number,
  hours = 24,
  now = new Date(),
  section?: number,
): Promise<Card[]> {
  const ranked = rankByViews(await viewBuckets(payload, { hours, now, locale }))
  // Ask for a few more than needed: some may have been unpublished since.
  // Scoped to a section, most of the ranking may belong elsewhere: look further down it.
  const depth = section ? limit * 10 : limit * 2
  const ids = ranked.slice(0, depth).map((entry) => entry.article)
  const cards = section
    ? await cardsByIds(payload, locale, ids, { section: { equals: section } })
    : await cardsPreferringLatest(payload, locale, ids)
  return cards.slice(0, limit)
}
