import { resolveRobots } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { expect, test } from 'vitest'

import robots from './robots'

test('robots.txt allows photos, keeps crawlers out of the API, admin and search, and lists the sitemaps', () => {
  process.env.SERVER_URL = 'https://news.example'
  expect(resolveRobots(robots())).toBe(
    [
      'User-Agent: *',
      'Allow: /',
      'Allow: /api/media/file/',
      'Disallow: /api/',
      'Disallow: /admin',
      'Disallow: /*/search$',
      'Disallow: /*/search?',
      '',
      'Sitemap: https://news.example/sitemap.xml',
      'Sitemap: https://news.example/vi/sitemaps/news.xml',
      'Sitemap: https://news.example/en/sitemaps/news.xml',
      'Sitemap: https://news.example/zh/sitemaps/news.xml',
      '',
    ].join('\n'),
  )
})
