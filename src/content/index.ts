/**
 * The site's read model as pages use it (src/content/readModel.ts): each query cached in Next's
 * data cache under the tags that src/cache/tags.ts expires, and run once per render (React's
 * `cache`), through one Payload request per locale. Pages import from here only.
 */
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { createReadModel, renderScopedPayload, type PerRender, type QueryCache } from './readModel'

export type { Card, Page } from './queries/common'
export { articleHref, latestWindow, listingPageSize } from './queries/common'
export { withSubsections } from './queries/taxonomy'
export { maxListPage } from './readModel'

export const getPayloadClient = (): Promise<Payload> => getPayload({ config })

/** The Payload this render reads through (see renderScopedPayload). */
const renderPayload = cache(async () => renderScopedPayload(await getPayloadClient()))

const nextDataCache: QueryCache = (name, run, tags, revalidate = false) => {
  return (...args) => unstable_cache(run, [name], { tags: tags(...args), revalidate })(...args)
}

const readModel = createReadModel(renderPayload, nextDataCache, cache as PerRender)

export const {
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
} = readModel
