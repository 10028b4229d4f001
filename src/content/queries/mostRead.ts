import type { Payload } from 'payload'

import { rankByViews } from '@/analytics/counter'
import type { Locale } from '@/i18n/locales'
import type { Section } from '@/payload-types'
import { cardsByIds, cardsPreferringLatest, publicRead, relationId, toCards, type Card } from './common'
import { sectionsInMenu } from './taxonomy'
import { viewBuckets } from './views'

/** Articles by views in one locale over the last `hours` (the one window query, ./views.ts). */
async function ranking(payload: Payload, locale: Locale, hours: number, now: Date): Promise<number[]> {
  return rankByViews(await viewBuckets(payload, { hours, now, locale })).map((entry) => entry.article)
}

/**
 * Most read in one locale over the last `hours`, as cards with photos (placements filled by
 * views). Reads only buckets in the window, never the articles themselves in bulk.
 */
export async function mostRead(
  payload: Payload,
  locale: Locale,
  limit: number,
  hours = 24,
  now = new Date(),
  section?: number,
): Promise<Card[]> {
  const ranked = await ranking(payload, locale, hours, now)
  // Ask for a few more than needed: some may have been unpublished since.
  // Scoped to a section, most of the ranking may belong elsewhere: look further down it.
  const ids = ranked.slice(0, section ? limit * 10 : limit * 2)
  const cards = section
    ? await cardsByIds(payload, locale, ids, { section: { equals: section } })
    : await cardsPreferringLatest(payload, locale, ids)
  return cards.slice(0, limit)
}

/**
 * The Most read tab: headlines only (its list shows no photos). Articles outside the latest
 * cards are read without population, their sections taken from the menu the render has already
 * read: one Local API call for them, not three (articles, then their photos and sections).
 */
export async function mostReadHeadlines(payload: Payload, locale: Locale, limit: number, hours = 24, now = new Date()): Promise<Card[]> {
  const ranked = await ranking(payload, locale, hours, now)
  const cards = await cardsPreferringLatest(payload, locale, ranked.slice(0, limit * 2), headlinesByIds)
  return cards.slice(0, limit)
}

async function headlinesByIds(payload: Payload, locale: Locale, ids: number[]): Promise<Card[]> {
  if (ids.length === 0) return []
  const [result, sections] = await Promise.all([
    payload.find({
      collection: 'articles',
      locale,
      ...publicRead,
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: { title: true, lead: true, slug: true, publishedAt: true, section: true },
      where: { id: { in: ids } },
    }),
    sectionsInMenu(payload, locale),
  ])
  const byId = new Map<number, Section>(sections.map((section) => [section.id, section]))
  const withSections = result.docs.map((doc) => ({
    ...doc,
    section: byId.get(relationId(doc.section) ?? -1) ?? doc.section,
    heroImage: null,
  }))
  const cards = new Map(toCards(locale, withSections).map((card) => [card.id, card]))
  return ids.map((id) => cards.get(id)).filter((card): card is Card => card !== undefined)
}
