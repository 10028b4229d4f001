/**
 * The site's read model, independent of Next: every query a public page makes, with the tags
 * that src/cache/tags.ts expires when the content behind it changes. src/content/index.ts builds
 * it with Next's data cache and React's per-request deduplication; tests build it bare and count
 * what one uncached render costs (src/content/renderCost.int.test.ts).
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { articleListTags, cacheTags, scopedTags, type CacheTag } from '@/cache/tags'
import { buildFeed } from '@/feeds/feeds'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { searchArticles } from '@/search/search'
import * as sitemaps from '@/seo/sitemaps'
import * as articles from './queries/articles'
import { redirectTable } from './queries/redirects'
import { findCards, relationId, type Card, type Page } from './queries/common'
import { mostReadHeadlines } from './queries/mostRead'
import { expiryWindow, homePlacements, placementDocs, sidebarPlacements } from './queries/placements'
import { siteSettings, weatherReadings, widgetSizes } from './queries/settings'
import * as taxonomy from './queries/taxonomy'

/** Most-read figures change with every reader: refreshed every few minutes, not per view. */
export const mostReadSeconds = 300
/** Temperatures: refreshed every ten minutes. */
const weatherSeconds = 600
/** "See more" and numbered pages stop here: each later page reads the ids before it. */
export const maxListPage = 100

/** Wraps a query in a cache keyed by its name and arguments, under the tags it gives for them. */
export type QueryCache = <Args extends unknown[], Result>(
  name: string,
  run: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => CacheTag[],
  revalidate?: number | false,
) => (...args: Args) => Promise<Result>

/** Runs a query once per render for the same arguments (React's `cache` in Next; identity in tests). */
export type PerRender = <Args extends unknown[], Result>(run: (...args: Args) => Promise<Result>) => (...args: Args) => Promise<Result>

type Bound = 'find' | 'count' | 'findGlobal' | 'findByID'

/**
 * The Payload one render reads through. One Payload request per locale: population (sections,
 * photos) goes through that request's DataLoader, so a section or photo shown in five widgets is
 * read once; one per locale because a Local API call writes its locale onto the request it is
 * given. And the same read asked twice in a render (settings by the header and the widgets, the
 * placements, the page-view ranking by two lists) is made once.
 */
export function renderScopedPayload(payload: Payload): Payload {
  const requests = new Map<string, Promise<PayloadRequest>>()
  const requestFor = (locale: unknown) => {
    const key = typeof locale === 'string' ? locale : ''
    let req = requests.get(key)
    if (!req) {
      req = createLocalReq({ locale: key || undefined, fallbackLocale: false as never }, payload)
      requests.set(key, req)
    }
    return req
  }
  const reads = new Map<string, Promise<unknown>>()
  const bind = (method: Bound) => (options: { locale?: unknown; req?: unknown }) => {
    if (options.req) return (payload[method] as (o: unknown) => Promise<unknown>).call(payload, options)
    const key = `${method}:${JSON.stringify(options)}`
    let read = reads.get(key)
    if (!read) {
      read = requestFor(options.locale).then((req) =>
        (payload[method] as (o: unknown) => Promise<unknown>).call(payload, { ...options, req }),
      )
      reads.set(key, read)
    }
    return read
  }
  const bound: Record<Bound, unknown> = {
    find: bind('find'),
    count: bind('count'),
    findGlobal: bind('findGlobal'),
    findByID: bind('findByID'),
  }
  return new Proxy(payload, { get: (target, key, receiver) => (key in bound ? bound[key as Bound] : Reflect.get(target, key, receiver)) })
}

export function createReadModel(payloadFor: () => Promise<Payload>, cacheQuery: QueryCache, perRender: PerRender) {
  /** A cached query, deduplicated within a render. */
  const query = <Args extends unknown[], Result>(
    name: string,
    run: (payload: Payload, ...args: Args) => Promise<Result>,
    tags: (...args: Args) => CacheTag[],
    revalidate: number | false = false,
  ) => perRender(cacheQuery(name, async (...args: Args) => run(await payloadFor(), ...args), tags, revalidate))
  /** Deduplicated within a render, never stored: lookups by what a visitor typed. */
  const uncached = <Args extends unknown[], Result>(run: (payload: Payload, ...args: Args) => Promise<Result>) =>
    perRender(async (...args: Args) => run(await payloadFor(), ...args))

  const getSettings = query('settings', siteSettings, () => [cacheTags.settings])
  const getWidgetSizes = async (locale: Locale) => widgetSizes(await getSettings(locale))
  const getWeather = query('weather', weatherReadings, () => [cacheTags.settings, cacheTags.weather], weatherSeconds)
  /** Every section named in this locale (a few dozen): slugs are looked up here, never by a query per slug. */
  const getMenuSections = query('menu-sections', taxonomy.sectionsInMenu, () => [cacheTags.taxonomy])
  const getSectionBySlug = async (locale: Locale, slug: string) => (await getMenuSections(locale)).find((section) => section.slug === slug)
  const getTagBySlug = uncached(taxonomy.tagBySlug)
  const getAuthorBySlug = uncached(taxonomy.authorBySlug)

  const articleById = query('article', articles.articleById, (_locale: Locale, id: Article['id']) => [
    ...articleListTags(),
    scopedTags.article(id),
  ])
  /**
   * The slug is looked up on every render (never stored: a made-up slug costs what a real one
   * does); the article itself is cached under its own tag, which the page then carries.
   */
  const lookUpEdition = uncached((payload: Payload, locale: Locale, slug: string) =>
    articles.lookUpEdition(payload, locale, slug, getMenuSections),
  )
  const getArticleBySlug = perRender(async (locale: Locale, slug: string) => {
    const found = await lookUpEdition(locale, slug)
    if (found === undefined) return undefined
    const [article, menu] = await Promise.all([articleById(locale, found.id), getMenuSections(locale)])
    return article ? articles.asShown(article, found, menu) : undefined
  })
  /** Published editions of the article under this slug (read with it), or of any article by id (previews). */
  const getEditionLinks = perRender(async (locale: Locale, slug: string, id: Article['id']) => {
    const found = await lookUpEdition(locale, slug)
    return found?.id === id ? found.editions : articles.editionLinks(await payloadFor(), id, getMenuSections)
  })

  const getRedirectTable = query('redirects', redirectTable, () => [cacheTags.redirects])
  /** Where an old article address leads now (an article's current address, or a typed URL); undefined when nowhere. */
  const getRedirect = perRender(async (path: string): Promise<string | undefined> => {
    const target = (await getRedirectTable())[path]
    if (!target || 'url' in target) return target?.url
    const locale = path.split('/')[1]
    if (!isLocale(locale)) return undefined
    // Its published edition in the old address's language, wherever it lives now.
    return (await articles.editionLinks(await payloadFor(), target.article, getMenuSections))[locale]
  })

  const placementDocsCached = query('placement-docs', placementDocs, () => [cacheTags.placements])
  /**
   * A pick's expiry is a change nobody saves: the entry's lifetime ends at the next expiry, and
   * the last expiry passed is part of the key, so an expired pick is never served again.
   */
  const withExpiry = async <Args extends unknown[], Result>(
    name: string,
    run: (payload: Payload, now: number, ...args: Args) => Promise<Result>,
    tags: CacheTag[],
    ...args: Args
  ): Promise<Result> => {
    const now = Date.now()
    const { epoch, next } = expiryWindow(await placementDocsCached(), now)
    const untilNext = next === null ? Infinity : Math.max(1, Math.ceil((next - now) / 1000))
    const revalidate = Math.min(mostReadSeconds, untilNext)
    const allTags: CacheTag[] = [...articleListTags(...tags), cacheTags.settings, cacheTags.placements, cacheTags.mostRead]
    return cacheQuery(
      name,
      async (_epoch: number, ...rest: Args) => run(await payloadFor(), Date.now(), ...rest),
      () => allTags,
      revalidate,
    )(epoch, ...args)
  }

  /** The lists on the home page are refreshed at once when an article enters or leaves them. */
  const getHomePlacements = perRender((locale: Locale, featured: number, lists: number) =>
    withExpiry(
      'home-placements',
      (payload, now, l: Locale, f: number, n: number) => homePlacements(payload, l, { featured: f, lists: n }, now),
      [scopedTags.home(locale)],
      locale,
      featured,
      lists,
    ),
  )
  /** Beside an article or a listing: a widget, refreshed in the background. */
  const getSidebarPlacements = perRender((locale: Locale, section: Article['id'] | null, size: number, exclude: Article['id'] | null) =>
    withExpiry(
      'sidebar-placements',
      (payload, now, l: Locale, s: Article['id'] | null, n: number, e: Article['id'] | null) =>
        sidebarPlacements(payload, l, { section: s, size: n, exclude: e === null ? [] : [e] }, now),
      [scopedTags.widgets(locale)],
      locale,
      section,
      size,
      exclude,
    ),
  )

  const getHomeLatest = query('home-latest', articles.latestCards, (locale) => articleListTags(scopedTags.home(locale)))
  const getLatestWidget = query('latest-widget', articles.latestCards, (locale) => articleListTags(scopedTags.widgets(locale)))
  const getMostRead = query(
    'most-read',
    (payload: Payload, locale: Locale, limit: number) => mostReadHeadlines(payload, locale, limit),
    (locale) => articleListTags(scopedTags.widgets(locale), cacheTags.mostRead),
    mostReadSeconds,
  )

  const getSectionPage = query(
    'section-page',
    (payload: Payload, locale: Locale, sectionIds: Article['id'][], page: number, limit: number) =>
      // `equals` lets the database walk the (section, publishedAt) index in order; `in` makes it
      // collect the section's editions first (2–3× slower on a large archive).
      findCards(payload, locale, {
        where: sectionIds.length === 1 ? { section: { equals: sectionIds[0] } } : { section: { in: sectionIds } },
        page,
        limit,
      }),
    (locale, sectionIds) => articleListTags(...sectionIds.map((id) => scopedTags.section(id, locale))),
  )
  const getTagPage = query(
    'tag-page',
    (payload: Payload, locale: Locale, tagId: Article['id'], page: number, limit: number) =>
      findCards(payload, locale, { where: { tags: { contains: tagId } }, page, limit }),
    (locale, tagId) => articleListTags(scopedTags.tag(tagId, locale)),
  )
  const getAuthorPage = query(
    'author-page',
    (payload: Payload, locale: Locale, authorId: Article['id'], page: number, limit: number) =>
      findCards(payload, locale, { where: { authors: { contains: authorId } }, page, limit }),
    (locale, authorId) => articleListTags(scopedTags.author(authorId, locale)),
  )

  /** The widgets under an article, in one cached call per article and locale, refreshed in the background. */
  const getArticleWidgets = query(
    'article-widgets',
    async (payload: Payload, locale: Locale, article: articles.ArticleRef) => {
      const sizes = widgetSizes(await getSettings(locale))
      const section = relationId(article.section)
      const [related, newer, other] = await Promise.all([
        articles.relatedArticles(payload, locale, article, sizes.related),
        articles.newerInSection(payload, locale, article, sizes.newer),
        section && article.publishedAt
          ? articles.olderInSection(payload, locale, { id: article.id, section, publishedAt: article.publishedAt }, 1, sizes.other)
          : Promise.resolve<Page<Card>>({ items: [], page: 1, totalPages: 0 }),
      ])
      return { related, newer, other, sizes }
    },
    (locale) => [...articleListTags(scopedTags.widgets(locale)), cacheTags.settings],
  )

  /**
   * "See more" under an article. Not stored: its arguments come from the address (any date, any
   * page), and a cache keyed by them would grow with every variant a visitor makes up.
   */
  const getOlderInSection = uncached(articles.olderInSection)
  /** Where "See more" leads without JavaScript: counted when followed, not on every render. */
  const getSectionPageHolding = uncached(articles.sectionPageHolding)

  /**
   * Site search. Not cached: queries are as many as readers can type, and a cache keyed by them
   * would grow without bound; each search is a handful of indexed-field queries.
   */
  const getSearchResults = async (locale: Locale, q: unknown, page: number) => searchArticles(await payloadFor(), locale, q, page)

  /** Sitemaps and feeds: refreshed at once when an article of their locale is published or leaves. */
  const getArticleSitemapCount = query('sitemap-count', sitemaps.articleSitemapCount, (locale) =>
    articleListTags(scopedTags.sitemaps(locale)),
  )
  const getArticleSitemap = query('sitemap-articles', sitemaps.articleSitemapEntries, (locale) =>
    articleListTags(scopedTags.sitemaps(locale)),
  )
  const getTaxonomySitemap = query('sitemap-pages', sitemaps.taxonomySitemapEntries, () => [cacheTags.taxonomy])
  /** The news sitemap also ages: an article leaves it 48 hours after publication. */
  const getNewsSitemap = query(
    'sitemap-news',
    (payload: Payload, locale: Locale) => sitemaps.newsSitemapEntries(payload, locale),
    (locale) => articleListTags(scopedTags.sitemaps(locale)),
    600,
  )
  const feedCached = query(
    'feed',
    (payload: Payload, locale: Locale, section?: string) => buildFeed(payload, locale, section),
    (locale: Locale, _section?: string) => articleListTags(scopedTags.feeds(locale)),
  )
  /** A feed for a section that does not exist is not stored (its address is whatever a visitor typed). */
  const getFeed = async (locale: Locale, section?: string) => {
    if (section !== undefined && !(await getSectionBySlug(locale, section))) return undefined
    return feedCached(locale, section)
  }

  return {
    getSettings,
    getWidgetSizes,
    getWeather,
    getMenuSections,
    getSectionBySlug,
    getTagBySlug,
    getAuthorBySlug,
    getArticleBySlug,
    getEditionLinks,
    getRedirect,
    getHomePlacements,
    getSidebarPlacements,
    getHomeLatest,
    getLatestWidget,
    getMostRead,
    getSectionPage,
    getTagPage,
    getAuthorPage,
    getArticleWidgets,
    getOlderInSection,
    getSectionPageHolding,
    getSearchResults,
    getArticleSitemapCount,
    getArticleSitemap,
    getTaxonomySitemap,
    getNewsSitemap,
    getFeed,
  }
}

export type ReadModel = ReturnType<typeof createReadModel>
