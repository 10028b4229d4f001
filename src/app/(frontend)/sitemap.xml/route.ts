import { getArticleSitemapCount } from '@/content'
import { locales, type Locale } from '@/i18n/locales'
import { renderSitemapIndex, sitemapPaths } from '@/seo/sitemaps'
import { xmlResponse } from '@/seo/xml'

/** The sitemap index: every locale's sitemaps (pages, numbered article sitemaps, news). */
// Built per request from cached queries: never at build time, which has no database (or the wrong one).
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const counts = Object.fromEntries(
    await Promise.all(locales.map(async (locale) => [locale, await getArticleSitemapCount(locale)] as const)),
  ) as Record<Locale, number>
  return xmlResponse(renderSitemapIndex(sitemapPaths(counts)))
}
