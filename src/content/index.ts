/**
 * The site's read model: every query a public page makes, each cached under the tags that
 * src/cache/tags.ts invalidates when the content behind it changes. Pages import from here only.
 */
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload } from 'payload'

import { articleQueryTags, cacheTags, type CacheTag } from '@/cache/tags'
import type { Locale } from '@/i18n/locales'
import * as articles from './queries/articles'
import { findCards, listingPageSize, relationId } from './queries/common'
import { mostRead as mostReadQuery } from './queries/mostRead'
import { expiryWindow, homePlacements, placementDocs, sidebarPlacements } from './queries/placements'
import { siteSettings, weatherReadings, widgetSizes } from './queries/settings'
import * as taxonomy from './queries/taxonomy'
import { buildFeed } from '@/feeds/feeds'
import { searchArticles } from '@/search/search'
import * as sitemaps from '@/seo/sitemaps'

export type { Card, Page } from './queries/common'
export { articleHref, listingPageSize } from './queries/common'

export const getPayloadClient = (): Promise<Payload> => getPayload({ config })

/** Most-read figures change with every reader: refreshed every few minutes, not per view. */
const mostReadSeconds = 300
/** Temperatures: refreshed every ten minutes. */
const weatherSeconds = 600

function cached<Args extends unknown[], Result>(
  name: string,
  query: (payload: Payload, ...args: Args) => Promise<Result>,
  tags: CacheTag[],
  revalidate: number | false = false,
): (...args: Args) => Promise<Result> {
  return unstable_cache(async (...args: Args) => query(await getPayloadClient(), ...args), [name], { tags, revalidate })
}

const withSettings: CacheTag[] = [...articleQueryTags, cacheTags.settings]

export const getArticleBySlug = cached('article-by-slug', articles.articleBySlug, articleQueryTags)
export const getEditionLinks = cached('edition-links', articles.editionLinks, articleQueryTags)
export const getLatest = cached('latest', articles.latestCards, articleQueryTags)
export const getMostRead = cached(
  'most-read',
  (payload: Payload, locale: Locale, limit: number) => mostReadQuery(payload, locale, limit),
  [...articleQueryTags, cacheTags.mostRead],
  mostReadSeconds,
)
const placementDocsCached = cached('placement-docs', placementDocs, [cacheTags.placements])

/**
 * Placements are cached like everything else, but a pick's expiry is a change nobody saves:
 * the entry's lifetime ends at the next expiry (Next lowers the page's revalidate to match),
 * and the last expiry passed is part of the key, so an expired pick is never served again.
 */
async function withExpiry<Args extends unknown[], Result>(
  name: string,
  query: (payload: Payload, now: number, ...args: Args) => Promise<Result>,
  ...args: Args
): Promise<Result> {
  const now = Date.now()
  const { epoch, next } = expiryWindow(await placementDocsCached(), now)
  const untilNext = next === null ? Infinity : Math.max(1, Math.ceil((next - now) / 1000))
  const revalidate = Math.min(mostReadSeconds, untilNext)
  const tags: CacheTag[] = [...withSettings, cacheTags.placements, cacheTags.mostRead]
  return unstable_cache(async (_epoch: number, ...rest: Args) => query(await getPayloadClient(), Date.now(), ...rest), [name], { tags, revalidate })(epoch, ...args)
}

export const getHomePlacements = (locale: Locale, sizes: { featured: number; lists: number }) =>
  withExpiry('home-placements', (payload, now, l: Locale, s: typeof sizes) => homePlacements(payload, l, s, now), locale, sizes)

export const getSidebarPlacements = (locale: Locale, scope: { section?: number | null; size: number; exclude?: number[] }) =>
  withExpiry('sidebar-placements', (payload, now, l: Locale, s: typeof scope) => sidebarPlacements(payload, l, s, now), locale, scope)

export const getSettings = cached('settings', siteSettings, [cacheTags.settings])
export const getWidgetSizes = async (locale: Locale) => widgetSizes(await getSettings(locale))
export const getWeather = cached('weather', weatherReadings, [cacheTags.settings, cacheTags.weather], weatherSeconds)

export const getMenuSections = cached('menu-sections', taxonomy.sectionsInMenu, [cacheTags.taxonomy])
export const getSectionBySlug = cached('section-by-slug', taxonomy.sectionBySlug, [cacheTags.taxonomy])
export const getTagBySlug = cached('tag-by-slug', taxonomy.tagBySlug, [cacheTags.taxonomy])
export const getAuthorBySlug = cached('author-by-slug', taxonomy.authorBySlug, [cacheTags.taxonomy, cacheTags.media])

export const getSectionPage = cached(
  'section-page',
  (payload: Payload, locale: Locale, sectionIds: number[], page: number, limit: number) =>
    // `equals` lets the database walk the (section, publishedAt) index in order; `in` makes it
    // collect the section's editions first (2–3× slower on a large archive).
    findCards(payload, locale, { where: sectionIds.length === 1 ? { section: { equals: sectionIds[0] } } : { section: { in: sectionIds } }, page, limit }),
  articleQueryTags,
)
export const getTagPage = cached(
  'tag-page',
  (payload: Payload, locale: Locale, tagId: number, page: number, limit: number) =>
    findCards(payload, locale, { where: { tags: { contains: tagId } }, page, limit }),
  articleQueryTags,
)
export const getAuthorPage = cached(
  'author-page',
  (payload: Payload, locale: Locale, authorId: number, page: number, limit: number) =>
    findCards(payload, locale, { where: { authors: { contains: authorId } }, page, limit }),
  articleQueryTags,
)

/** The widgets under an article, in one cached call per article and locale. */
export const getArticleWidgets = cached(
  'article-widgets',
  async (payload: Payload, locale: Locale, article: articles.ArticleRef) => {
    const sizes = widgetSizes(await siteSettings(payload, locale))
    const section = relationId(article.section)
    const [related, newer, other] = await Promise.all([
      articles.relatedArticles(payload, locale, article, sizes.related),
      articles.newerInSection(payload, locale, article, sizes.newer),
      section && article.publishedAt
        ? articles.olderInSection(payload, locale, { id: article.id, section, publishedAt: article.publishedAt }, 1, sizes.other)
        : Promise.resolve({ items: [], page: 1, totalPages: 0 }),
    ])
    // Without JavaScript, "See more" leads to the section page that holds the next older article.
    const lastShown = other.items.at(-1)?.publishedAt
    let otherFallbackPage = 1
    if (section && lastShown) {
      const { totalDocs } = await payload.count({
        collection: 'articles',
        locale,
        overrideAccess: false,
        where: { and: [{ section: { equals: section } }, { publishedAt: { greater_than_equal: lastShown } }] },
      })
      otherFallbackPage = Math.floor(totalDocs / listingPageSize) + 1
    }
    return { related, newer, other, otherFallbackPage, sizes }
  },
  withSettings,
)

export const getOlderInSection = cached('older-in-section', articles.olderInSection, articleQueryTags)

/**
 * Site search. Not cached: queries are as many as readers can type, and a cache keyed by them
 * would grow without bound; each search is a handful of indexed-field queries.
 */
export const getSearchResults = async (locale: Locale, query: unknown, page: number) =>
  searchArticles(await getPayloadClient(), locale, query, page)

/**
 * Sitemaps and feeds (issue 6): cached under the same tags as the pages, so publishing,
 * unpublishing or renaming refreshes them at once.
 */
export const getArticleSitemapCount = cached('sitemap-count', sitemaps.articleSitemapCount, articleQueryTags)
export const getArticleSitemap = cached('sitemap-articles', sitemaps.articleSitemapEntries, articleQueryTags)
export const getTaxonomySitemap = cached('sitemap-pages', sitemaps.taxonomySitemapEntries, [cacheTags.taxonomy])
/** The news sitemap also ages: an article leaves it 48 hours after publication. */
export const getNewsSitemap = cached('sitemap-news', (payload: Payload, locale: Locale) => sitemaps.newsSitemapEntries(payload, locale), articleQueryTags, 600)
export const getFeed = cached('feed', (payload: Payload, locale: Locale, section?: string) => buildFeed(payload, locale, section), articleQueryTags)
