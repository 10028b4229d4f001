import { locales } from '@/i18n/locales'
import { renderRobots } from '@/seo/sitemaps'

// Read SERVER_URL when serving, not when building.
export const dynamic = 'force-dynamic'

export function GET(): Response {
  const body = renderRobots(['/sitemap.xml', ...locales.map((locale) => `/${locale}/sitemaps/news.xml`)])
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } })
}
