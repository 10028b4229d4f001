import type { Payload, Where } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { Article, Section } from '@/payload-types'
import { rankSuggestions } from './suggestions'
import { sectionsInMenu } from './taxonomy'
import {
  articleHref,
  cardsByIds,
  cardPopulate,
  cardSelect,
  findCards,
  listingPageSize,
  publicRead,
  relationId,
  toCards,
  topUp,
  type Card,
  type Page,
} from './common'

/**
 * A published edition with what its page shows: section, tags, bylines and photos one level
 * deep. Articles it links to (related picks, ">>>" lines in the body) bring only headline, slug
 * and section, whose slug comes from the menu (read once per render) rather than from a second
 * level of population, which would also populate every photo's and author's relations.
 */
export async function articleById(payload: Payload, locale: Locale, id: Article['id']): Promise<ArticleWithoutSection | undefined> {
  const [result, sections] = await Promise.all([
    payload.find({
      collection: 'articles',
      locale,
      ...publicRead,
      depth: 1,
      limit: 1,
      pagination: false,
      // Related picks come as ids with the slug lookup, the section from the menu (asShown): one
      // population read fewer. ">>>" lines in the body still bring their articles.
      select: { related: false, section: false },
      populate: { articles: { title: true, slug: true, section: true } },
      where: { id: { equals: id } },
    }),
    sectionsInMenu(payload, locale),
  ])
  const article = result.docs[0]
  if (article?.body) withLinkedSections(article.body.root.children as BodyNode[], sections)
  return article
}

type BodyNode = { children?: BodyNode[]; fields?: { blockType?: string; article?: unknown } }

/** Gives each ">>>" line's linked article its section (slug and name) from the menu. */
function withLinkedSections(nodes: BodyNode[], sections: Section[]): void {
  for (const node of nodes) {
    const linked = node.fields?.blockType === 'relatedLink' ? node.fields.article : undefined
    if (linked && typeof linked === 'object' && 'section' in linked) {
      const target = linked as { section?: unknown }
      const sectionId = relationId(target.section as number | { id: number } | null | undefined)
      target.section = sections.find((section) => section.id === sectionId) ?? target.section
    }
    if (node.children) withLinkedSections(node.children, sections)
  }
}

/** A published edition by its slug in the reader's locale, with what its page shows. */
export async function articleBySlug(payload: Payload, locale: Locale, slug: string): Promise<Article | undefined> {
  const found = await lookUpEdition(payload, locale, slug)
  const article = found ? await articleById(payload, locale, found.id) : undefined
  return article && found ? asShown(article, found, await sectionsInMenu(payload, locale)) : undefined
}

/** An edition read by id: its section is taken from the menu (asShown), not populated again. */
export type ArticleWithoutSection = Omit<Article, 'section'>

/** The edition as its page shows it: read by id, with the slug lookup's related picks and its section from the menu. */
export function asShown(article: ArticleWithoutSection, found: EditionLookup, sections: Section[]): Article | undefined {
  const section = sections.find((candidate) => candidate.id === found.section) ?? found.section
  return section === undefined ? undefined : { ...article, related: found.related, section }
}

/** An article read with `locale: 'all'`: each localized field by locale. */
type EveryEdition = {
  id: Article['id']
  /** Shared, or per edition (a localized field): ids either way at depth 0. */
  related?: Ref[] | Partial<Record<Locale, Ref[] | null>> | null
  section?: number | { id: number } | null
  slug?: Partial<Record<Locale, string | null>>
  title?: Partial<Record<Locale, string | null>>
  _status?: Partial<Record<Locale, string | null>>
}

export type EditionLookup = {
  id: Article['id']
  editions: Partial<Record<Locale, string>>
  related: Article['id'][]
  section: Section['id'] | undefined
}

/**
 * One read of every edition's slug, headline and status. The public may not ask for all
 * locales at once, so publication is checked here, edition by edition, as the public read rule
 * does; only published editions are named. Section slugs (the same in every language) come from
 * the source language's menu, which lists every section.
 */
async function readEditions(
  payload: Payload,
  where: Where,
  sectionsOf: (locale: Locale) => Promise<Section[]>,
): Promise<{ doc: EveryEdition; editions: Partial<Record<Locale, string>> } | undefined> {
  const result = await payload.find({
    collection: 'articles',
    locale: 'all',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true, section: true, title: true, _status: true, related: true },
    where,
  })
  const doc = result.docs[0] as unknown as EveryEdition | undefined
  if (!doc) return undefined
  const sections = await sectionsOf(defaultLocale)
  const section = sections.find((candidate) => candidate.id === relationId(doc.section))
  const editions: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const published = doc._status?.[locale] === 'published'
    const href =
      published && doc.title?.[locale] && section ? articleHref(locale, { slug: doc.slug?.[locale] ?? null, section }) : undefined
    if (href) editions[locale] = href
  }
  return { doc, editions }
}

const menuOf = (payload: Payload) => (locale: Locale) => sectionsInMenu(payload, locale)

/** The article published under this slug in this locale, and where each of its published editions lives. */
export async function lookUpEdition(
  payload: Payload,
  locale: Locale,
  slug: string,
  sectionsOf = menuOf(payload),
): Promise<EditionLookup | undefined> {
  const found = await readEditions(payload, { [`slug.${locale}`]: { equals: slug } }, sectionsOf)
  if (!found || found.doc._status?.[locale] !== 'published') return undefined
  const related = Array.isArray(found.doc.related) ? found.doc.related : (found.doc.related?.[locale] ?? [])
  return {
    id: found.doc.id,
    editions: found.editions,
    related: related.map((value) => relationId(value)).filter((id): id is number => id !== undefined),
    section: relationId(found.doc.section),
  }
}

/** Where each published edition of an article lives, for the language switcher and hreflang. */
export async function editionLinks(
  payload: Payload,
  id: Article['id'],
  sectionsOf = menuOf(payload),
): Promise<Partial<Record<Locale, string>>> {
  return (await readEditions(payload, { id: { equals: id } }, sectionsOf))?.editions ?? {}
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
    where: {
      and: [{ section: { equals: section } }, { publishedAt: { greater_than: article.publishedAt } }, { id: { not_equals: article.id } }],
    },
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
  const picked = (article.related ?? [])
    .map((value) => relationId(value))
    .filter((id): id is number => id !== undefined && id !== article.id)
  // Suggestions only top up what editors picked; picks and suggestions become cards in one read.
  const suggested = picked.length >= limit ? [] : await rankSuggestions(payload, locale, article, { limit: limit + 4, exclude: picked })
  const cards = await cardsByIds(payload, locale, [...picked, ...suggested.map(({ id }) => id)])
  const pickedSet = new Set(picked)
  return topUp(
    cards.filter((card) => pickedSet.has(card.id)),
    cards.filter((card) => !pickedSet.has(card.id)),
    limit,
  )
}

/** The page of a section's listing (newest first) that holds the next article older than the one published at `publishedAt`. */
export async function sectionPageHolding(payload: Payload, locale: Locale, section: Article['id'], publishedAt: string): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    locale,
    overrideAccess: false,
    where: { and: [{ section: { equals: section } }, { publishedAt: { greater_than_equal: publishedAt } }] },
  })
  return Math.floor(totalDocs / listingPageSize) + 1
}

export async function latestCards(payload: Payload, locale: Locale, limit: number, page = 1): Promise<Page<Card>> {
  return findCards(payload, locale, { limit, page })
}
