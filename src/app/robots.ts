import type { MetadataRoute } from 'next'

import { locales } from '@/i18n/locales'
import { absoluteUrl } from '@/seo/site'

// Read SERVER_URL when serving, not when building.
export const dynamic = 'force-dynamic'

/**
 * /robots.txt, rendered by Next's metadata route: the sitemap index, and the news sitemaps by name
 * (some aggregators read only robots.txt).
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      // Photos are served under /api; search engines and social networks must be able to fetch them.
      allow: ['/', '/api/media/file/'],
      // Internal search results are endless and thin.
      disallow: ['/api/', '/admin', '/*/search$', '/*/search?'],
    },
    sitemap: ['/sitemap.xml', ...locales.map((locale) => `/${locale}/sitemaps/news.xml`)].map((path) => absoluteUrl(path)),
  }
}
