import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import type { Article, Section } from '@/payload-types'
import { suggestRelated } from './suggestions'
import { sectionsInMenu } from './taxonomy'
import { articleHref, cardsByIds, cardPopulate, cardSelect, findCards, publicRead, relationId, toCards, topUp, type Card, type Page } from './common'

/**
 * A published edition with what its page shows: section, tags, bylines and photos one level
 * deep, related articles as ids only (their cards are read by the Related widget).
 */
export async function articleById(payload: Payload, locale: Locale, id: Article['id']): Promise<Article | undefined> {
  const result = await payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 1,
    limit: 1,
    pagination: false,
    populate: { articles: { slug: true } },
    where: { id: { equals: id } },
  })
  return result.docs[0]
}

/** A published edition by its slug in the reader's locale, with what its page shows. */
export async function articleBySlug(payload: Payload, locale: Locale, slug: string): Promise<Article | undefined> {
  const found = await payload.find({ collection: 'articles', locale, ...publicRead, depth: 0, limit: 1, pagination: false, select: {}, where: { slug: { equals: slug } } })
  const id = found.docs[0]?.id
  return id === undefined ? undefined : articleById(payload, locale, id)
}

/**
 * Where each published edition of an article lives, for the language switcher and hreflang:
 * one id-only read per locale; section slugs come from that locale's menu (already loaded).
 */
export async function editionLinks(
  payload: Payload,
  id: Article['id'],
  sectionsOf: (locale: Locale) => Promise<Section[]> = (locale) => sectionsInMenu(payload, locale),
): Promise<Partial<Record<Locale, string>>> {
  const found = await Promise.all(
    locales.map(async (locale) => {
      const [result, sections] = await Promise.all([
        payload.find({
          collection: 'articles',
          locale,
          ...publicRead,
          depth: 0,
          limit: 1,
          pagination: false,
          select: { slug: true, section: true, title: true },
          where: { id: { equals: id } },
        }),
        sectionsOf(locale),
      ])
      const doc = result.docs[0]
      const section = sections.find((candidate) => candidate.id === relationId(doc?.section))
      const href = doc?.title && section ? articleHref(locale, { slug: doc.slug, section }) : undefined
      return [locale, href] as const
    }),
  )
  return Object.fromEntries(found.filter(([, href]) => href)) as Partial<Record<Locale, string>>
}

type Ref = number | { id: number }

/** What the widgets need to know about the article they sit under. */
export type ArticleRef = {
  id: number
  publishedAt?: string | null
  section?: Ref | null
  tags?: Ref[] | null
  related?: Ref[] | null
  /** Headline and lead in this locale, for text similarity. */
  title?: string | null
  lead?: string | null
}

/** Newer articles of the same section, the closest in time first. */
export async function newerInSection(payload: Payload, locale: Locale, article: ArticleRef, limit: number): Promise<Card[]> {
  const section = relationId(article.section)
  if (!section || !article.publishedAt) return []
  const result = await payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 1,
    limit,
    sort: 'publishedAt',
    select: cardSelect,
    populate: cardPopulate,
    where: { and: [{ section: { equals: section } }, { publishedAt: { greater_than: article.publishedAt } }, { id: { not_equals: article.id } }] },
  })
  return toCards(locale, result.docs)
}

/** Older articles of the same section, paginated for "See more". */
export async function olderInSection(
  payload: Payload,
  locale: Locale,
  ref: { id: number; section: number; publishedAt: string },
  page: number,
  limit: number,
): Promise<Page<Card>> {
  return findCards(payload, locale, {
    where: { and: [{ section: { equals: ref.section } }, { publishedAt: { less_than: ref.publishedAt } }] },
    exclude: [ref.id],
    limit,
    page,
  })
}

/**
 * Related news: the editors' picks in their order, then the best suggestions (shared tags,
 * section, words of headline and lead; src/related/score.ts). Never the article itself, never
 * twice, only editions published in this locale.
 */
export async function relatedArticles(payload: Payload, locale: Locale, article: ArticleRef, limit: number): Promise<Card[]> {
  const picked = (article.related ?? []).map((value) => relationId(value)).filter((id): id is number => id !== undefined && id !== article.id)
  const cards = (await cardsByIds(payload, locale, picked)).slice(0, limit)
  if (cards.length >= limit) return cards
  const suggestions = await suggestRelated(payload, locale, article, { limit: limit - cards.length, exclude: cards.map((card) => card.id) })
  return topUp(cards, suggestions.map((suggestion) => suggestion.card), limit)
}

export async function latestCards(payload: Payload, locale: Locale, limit: number, page = 1): Promise<Page<Card>> {
  return findCards(payload, locale, { limit, page })
}
