/**
 * Every cache tag the public site uses, and which content changes invalidate which tags.
 * Pages are cached whole (ISR) and tagged by the queries they run (src/content/); a change in
 * Payload calls `invalidate(tagsForChange(...))`. This file is the only place that knows the map.
 */
export const cacheTags = {
  /** Every article query: pages, lists, widgets, the language switcher. */
  articles: 'articles',
  /** Section, tag and author names and slugs, shown in menus, bylines and breadcrumbs. */
  taxonomy: 'taxonomy',
  /** Photos' captions, credits, alt texts and sizes. */
  media: 'media',
  /** Site settings and the editors' curated lists. */
  settings: 'settings',
  /** The editors' placements (curated lists with automatic fill). */
  placements: 'placements',
  /** Most-read rankings, refreshed as page views are counted. */
  mostRead: 'most-read',
  /** Current temperatures for the weather strip. */
  weather: 'weather',
} as const

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags]

export type ContentChange =
  | { collection: 'articles' }
  | { collection: 'sections' | 'tags' | 'authors' }
  | { collection: 'media' }
  | { global: 'site-settings' }
  | { collection: 'placements' }
  | { counter: 'page-views' }

/**
 * An article appears in lists on nearly every page (Latest, Newer, Other, Related), so a
 * published change to any article refreshes every article query; names of sections and tags
 * and photos' captions are shown with articles, so they refresh those too.
 */
export function tagsForChange(change: ContentChange): CacheTag[] {
  if ('counter' in change) return [cacheTags.mostRead]
  if ('global' in change) return [cacheTags.settings]
  switch (change.collection) {
    case 'articles':
      return [cacheTags.articles, cacheTags.mostRead]
    case 'media':
      return [cacheTags.media]
    case 'placements':
      return [cacheTags.placements]
    case 'sections':
    case 'tags':
    case 'authors':
      return [cacheTags.taxonomy]
  }
}

/** The tags a query that reads articles depends on (articles carry names, photos and picks). */
export const articleQueryTags: CacheTag[] = [cacheTags.articles, cacheTags.taxonomy, cacheTags.media]
