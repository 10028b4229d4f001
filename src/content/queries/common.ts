import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Article, Media, Section } from '@/payload-types'
import { mediaSrcSet } from '@/utilities/mediaSrcSet'
import { populated } from '@/utilities/populated'

/**
 * Every public read: the public's access rules (no user, so only editions published in this
 * locale), one locale, no fallback text.
 */
export const publicRead = { overrideAccess: false, fallbackLocale: false } as const

/** What a card shows; lists never load bodies. */
export type Card = {
  id: number
  title: string
  lead: string | null
  href: string
  publishedAt: string | null
  sectionName: string | null
  image: CardImage | null
}

/** `srcSet`: Payload's own sizes of the photo (src/utilities/mediaSrcSet.ts). */
export type CardImage = { url: string; width: number; height: number; alt: string; srcSet?: string }

export const cardSelect = {
  title: true,
  lead: true,
  slug: true,
  publishedAt: true,
  section: true,
  heroImage: true,
} as const

/** Only what a card shows of the section and photo it links to. */
export const cardPopulate = {
  sections: { name: true, slug: true },
  // Payload computes `url` from `filename`: without it a photo too small for any size has no URL.
  media: { url: true, filename: true, alt: true, sizes: true, width: true, height: true },
} as const

type CardSource = Pick<Article, 'id' | 'title' | 'lead' | 'slug' | 'publishedAt' | 'section' | 'heroImage'>

/** The public URL of an edition: /{locale}/{section}/{slug}; undefined when it has none yet. */
export function articleHref(locale: Locale, article: Pick<Article, 'slug' | 'section'>): string | undefined {
  const section = populated<Section>(article.section)
  if (!section?.slug || !article.slug) return undefined
  return `/${locale}/${section.slug}/${article.slug}`
}

export function cardImage(media: Media | undefined, size: 'thumbnail' | 'card' = 'thumbnail'): CardImage | null {
  const variant = media?.sizes?.[size]
  const url = variant?.url || media?.url
  if (!media || !url) return null
  const srcSet = mediaSrcSet(media, ['thumbnail', 'card', 'hero'])
  return {
    url,
    width: variant?.width || media.width || 320,
    height: variant?.height || media.height || 213,
    alt: media.alt || '',
    ...(srcSet ? { srcSet } : {}),
  }
}

/** Turns an article into a card, or nothing when the edition cannot be linked or has no headline. */
export function toCard(locale: Locale, article: CardSource, size: 'thumbnail' | 'card' = 'thumbnail'): Card | undefined {
  const href = articleHref(locale, article)
  if (!href || !article.title) return undefined
  return {
    id: article.id,
    title: article.title,
    lead: article.lead || null,
    href,
    publishedAt: article.publishedAt ?? null,
    sectionName: populated<Section>(article.section)?.name || null,
    image: cardImage(populated<Media>(article.heroImage), size),
  }
}

export function toCards(locale: Locale, articles: CardSource[], size: 'thumbnail' | 'card' = 'thumbnail'): Card[] {
  return articles.map((article) => toCard(locale, article, size)).filter((card): card is Card => card !== undefined)
}

/** A page of a list; `totalPages` is `page + 1` when there is a next page (see findCards). */
export type Page<T> = { items: T[]; page: number; totalPages: number }

/** Cards per page on section, tag and author pages. */
export const listingPageSize = 12

/**
 * Published cards in one locale, newest first, a page at a time. `totalPages` says only whether
 * there is a next page (page + 1) or not (page): every list on the site links to the next page and
 * no further, and counting every matching edition is the one cost that grows with the archive
 * (a section of a 100,000-article archive holds tens of thousands).
 */
export async function findCards(
  payload: Payload,
  locale: Locale,
  { where, limit, page = 1, exclude = [] }: { where?: Where; limit: number; page?: number; exclude?: number[] },
): Promise<Page<Card>> {
  const conditions: Where[] = [{ publishedAt: { exists: true } }]
  if (where) conditions.push(where)
  if (exclude.length) conditions.push({ id: { not_in: exclude } })
  const query = {
    collection: 'articles',
    locale,
    ...publicRead,
    sort: '-publishedAt',
    where: { and: conditions },
    pagination: false,
  } as const
  if (page === 1) {
    // One card more than shown tells whether there is a next page.
    const result = await payload.find({ ...query, depth: 1, limit: limit + 1, select: cardSelect, populate: cardPopulate })
    return { items: toCards(locale, result.docs.slice(0, limit)), page, totalPages: result.docs.length > limit ? 2 : 1 }
  }
  // Later pages: the ids up to this page (and one more), then this page's cards. Adapters differ
  // on offsets without a count, so the window starts at the top; it grows with the page number,
  // not with the archive.
  const window = await payload.find({ ...query, depth: 0, limit: page * limit + 1, select: {} })
  const ids = window.docs.map((doc) => doc.id)
  const items = await cardsByIds(payload, locale, ids.slice((page - 1) * limit, page * limit))
  return { items, page, totalPages: ids.length > page * limit ? page + 1 : page }
}

/**
 * The latest cards, read once per render and shared by every list that shows "the latest" (the
 * Latest tab, the home page's list, placements filled automatically, most read): the same read,
 * so the render's Payload (src/content/readModel.ts) makes it once.
 */
export const latestWindow = 24

const latestCards = (payload: Payload, locale: Locale) => findCards(payload, locale, { limit: latestWindow })

export async function latestCardsExcept(payload: Payload, locale: Locale, exclude: number[], limit: number): Promise<Card[]> {
  const window = await latestCards(payload, locale)
  const excluded = new Set(exclude)
  const cards = window.items.filter((card) => !excluded.has(card.id))
  if (cards.length >= limit || window.totalPages === 1) return cards.slice(0, limit)
  return (await findCards(payload, locale, { exclude, limit })).items
}

/**
 * Cards for the given ids in that order, taken from the latest cards where they are there (most
 * read and the editors' picks are mostly recent news), read for the rest.
 */
export async function cardsPreferringLatest(
  payload: Payload,
  locale: Locale,
  ids: number[],
  readCards: (payload: Payload, locale: Locale, ids: number[]) => Promise<Card[]> = cardsByIds,
): Promise<Card[]> {
  if (ids.length === 0) return []
  const known = new Map((await latestCards(payload, locale)).items.map((card) => [card.id, card]))
  const missing = ids.filter((id) => !known.has(id))
  for (const card of await readCards(payload, locale, missing)) known.set(card.id, card)
  return ids.map((id) => known.get(id)).filter((card): card is Card => card !== undefined)
}

/** Reads the editions with these ids published in this locale (and matching `where`), with a card's section and photo. */
export function publishedByIds(locale: Locale, ids: number[], where?: Where) {
  const byId: Where = { id: { in: ids } }
  return {
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 1,
    limit: ids.length,
    pagination: false,
    populate: cardPopulate,
    where: where ? { and: [byId, where] } : byId,
  } as const
}

/** Cards for the given ids in that order, skipping any not published in this locale (or not matching `where`). */
export async function cardsByIds(payload: Payload, locale: Locale, ids: number[], where?: Where): Promise<Card[]> {
  if (ids.length === 0) return []
  const result = await payload.find({ ...publishedByIds(locale, ids, where), select: cardSelect })
  const byId = new Map(toCards(locale, result.docs).map((card) => [card.id, card]))
  return ids.map((id) => byId.get(id)).filter((card): card is Card => card !== undefined)
}

/** Appends cards from `more` that are not already listed, up to `limit`. */
export function topUp(cards: Card[], more: Card[], limit: number): Card[] {
  const seen = new Set(cards.map((card) => card.id))
  const out = [...cards]
  for (const card of more) {
    if (out.length >= limit) break
    if (seen.has(card.id)) continue
    seen.add(card.id)
    out.push(card)
  }
  return out.slice(0, limit)
}

export { relationId } from '@/utilities/docId'
