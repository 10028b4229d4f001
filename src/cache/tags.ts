/**
 * Every cache tag the public site uses, and which content changes expire which tags.
 * Pages are cached whole (ISR) and tagged by the queries they run (src/content/); a change in
 * Payload calls `invalidate(tagsForChange(...))`. This file is the only place that knows the map.
 *
 * Two speeds (docs/caching.md): what a change must show at once (the article's own page, the
 * lists it enters or leaves) is expired `now`; the widgets beside and under every other article
 * (latest, most read, newer/other, related, placements' automatic fill) are marked stale in the
 * `background`: the next reader gets the page as it was while it is rebuilt.
 */
import { locales, type Locale } from '@/i18n/locales'

/** Site-wide tags: a change behind one of these refreshes every page that carries it. */
export const cacheTags = {
  /** Every article query carries it; nothing expires it on a publish (scripts expire everything with it). */
  articles: 'articles',
  /** Section, tag and author names and slugs, shown in menus, bylines and breadcrumbs. */
  taxonomy: 'taxonomy',
  /** Photos' captions, credits, alt texts and sizes. */
  media: 'media',
  /** Site settings (widget sizes, weather cities). */
  settings: 'settings',
  /** The editors' placements (curated lists with automatic fill). */
  placements: 'placements',
  /** Most-read rankings, refreshed as page views are counted. */
  mostRead: 'most-read',
  /** Current temperatures for the weather strip. */
  weather: 'weather',
  /** Old addresses and where they lead (the redirects collection), read when an article address finds nothing. */
  redirects: 'redirects',
} as const

type Id = number | string

/** Tags of one thing: an article (all its editions), one locale's list or widgets. */
export const scopedTags = {
  /** An article's own page in every locale, its edition links (language switcher, hreflang). */
  article: (id: Id) => `article:${id}` as const,
  /** A section's listing pages in one locale (and its parent's, which lists it too). */
  section: (id: Id, locale: Locale) => `section:${id}:${locale}` as const,
  /** A tag's listing pages in one locale. */
  tag: (id: Id, locale: Locale) => `tag:${id}:${locale}` as const,
  /** An author's listing pages in one locale. */
  author: (id: Id, locale: Locale) => `author:${id}:${locale}` as const,
  /** The home page's lists in one locale: top story, featured, latest, section blocks. */
  home: (locale: Locale) => `home:${locale}` as const,
  /** RSS and Atom feeds of one locale (the locale's and its sections'). */
  feeds: (locale: Locale) => `feeds:${locale}` as const,
  /** Sitemaps of one locale (pages, articles, news) and its count in the index. */
  sitemaps: (locale: Locale) => `sitemaps:${locale}` as const,
  /** Widgets beside and under pages in one locale: refreshed in the background. */
  widgets: (locale: Locale) => `widgets:${locale}` as const,
}

type Scoped = ReturnType<(typeof scopedTags)[keyof typeof scopedTags]>
export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags] | Scoped

const site = new Set<string>(Object.values(cacheTags))
const localePart = locales.join('|')
const idPart = '(?:[1-9][0-9]{0,15}|[0-9a-f]{24})'
const scopedPattern = new RegExp(
  `^(?:article:${idPart}|(?:section|tag|author):${idPart}:(?:${localePart})|(?:home|feeds|sitemaps|widgets):(?:${localePart}))$`,
)

/** Whether a string names a tag this site uses (the revalidation route accepts only these). */
export function isCacheTag(value: unknown): value is CacheTag {
  return typeof value === 'string' && (site.has(value) || scopedPattern.test(value))
}

/** What one change expires: `now` before the next reader, `background` while readers get the old page. */
export type TagExpiry = { now: CacheTag[]; background: CacheTag[] }

/** What an article's save touched: the editions whose publication it changed, and its lists before and after. */
export type ArticleChange = {
  id: Id
  /** The locales whose public edition may have changed (all three when shared fields or every edition changed). */
  locales: readonly Locale[]
  /** Sections, tags and authors it is (or was, before this save) listed under. */
  sections: Id[]
  tags: Id[]
  authors: Id[]
}

export type ContentChange =
  /** Without `article` (a script, an unknown save): every article query is refreshed. */
  | { collection: 'articles'; article?: ArticleChange }
  | { collection: 'sections' | 'tags' | 'authors' }
  | { collection: 'media' }
  | { global: 'site-settings' }
  | { collection: 'placements' }
  | { collection: 'redirects' }

const unique = <T>(values: T[]): T[] => [...new Set(values)]

/**
 * The article's own page and the lists it enters or leaves at once (its sections, tags and
 * authors, the home page, feeds and sitemaps of each locale it changed in); the widgets on every
 * other page of those locales in the background, which keeps a publish from re-rendering the site.
 */
function articleExpiry({ id, locales: changed, sections, tags, authors }: ArticleChange): TagExpiry {
  const now: CacheTag[] = [scopedTags.article(id)]
  const background: CacheTag[] = []
  for (const locale of unique([...changed])) {
    now.push(scopedTags.home(locale), scopedTags.feeds(locale), scopedTags.sitemaps(locale))
    for (const section of unique(sections)) now.push(scopedTags.section(section, locale))
    for (const tag of unique(tags)) now.push(scopedTags.tag(tag, locale))
    for (const author of unique(authors)) now.push(scopedTags.author(author, locale))
    background.push(scopedTags.widgets(locale))
  }
  return { now, background }
}

/** Names of sections, tags and authors and photos' captions are shown with articles everywhere. */
export function tagsForChange(change: ContentChange): TagExpiry {
  if ('global' in change) return { now: [cacheTags.settings], background: [] }
  switch (change.collection) {
    case 'articles':
      return change.article ? articleExpiry(change.article) : { now: [cacheTags.articles, cacheTags.mostRead], background: [] }
    case 'media':
      return { now: [cacheTags.media], background: [] }
    case 'placements':
      return { now: [cacheTags.placements], background: [] }
    case 'redirects':
      return { now: [cacheTags.redirects], background: [] }
    case 'sections':
    case 'tags':
    case 'authors':
      return { now: [cacheTags.taxonomy], background: [] }
  }
}

/** The tags every query that reads articles carries (articles carry names and photos). */
export const articleQueryTags: CacheTag[] = [cacheTags.articles, cacheTags.taxonomy, cacheTags.media]

/** Tags of a query that reads articles for one locale's list or widget. */
export const articleListTags = (...scoped: CacheTag[]): CacheTag[] => [...articleQueryTags, ...scoped]
