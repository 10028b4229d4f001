import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { sections } from '../../src/seed/data/sections'
import { logIn } from '../helpers/auth'
import { demoArticles, hiddenTitles, isPublic, type DemoLocale } from '../helpers/demo'

/**
 * What search engines and aggregators read: robots.txt, sitemaps, feeds, hreflang, JSON-LD,
 * and the site search. XML is parsed by the browser's own DOMParser, which refuses anything
 * that is not well-formed.
 */
const locales: DemoLocale[] = ['vi', 'en', 'zh']
const languageTags: Record<DemoLocale, string> = { vi: 'vi-VN', en: 'en', zh: 'zh-CN' }

type Node = { name: string; attrs: Record<string, string>; text: string; children: Node[] }

/** Absolute URLs name the configured origin (SERVER_URL); the test server answers on its own port. */
const pathOf = (url: string) => {
  const parsed = new URL(url, 'http://x')
  return parsed.pathname + parsed.search
}

async function fetchText(request: APIRequestContext, path: string, type: RegExp): Promise<string> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toMatch(type)
  return response.text()
}

/** Parses XML in the browser; fails the test on any well-formedness error. */
async function parseXml(page: Page, text: string, label: string): Promise<Node> {
  const result = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml')
    const error = doc.getElementsByTagName('parsererror')[0]
    if (error) return { error: error.textContent ?? 'parse error' }
    const walk = (element: Element): Node => ({
      name: element.tagName,
      attrs: Object.fromEntries(Array.from(element.attributes).map((a) => [a.name, a.value])),
      text: element.children.length ? '' : (element.textContent ?? ''),
      children: Array.from(element.children).map(walk),
    })
    return { root: walk(doc.documentElement) }
  }, text)
  expect(result.error, `${label} is not well-formed XML`).toBeUndefined()
  return result.root as Node
}

const child = (node: Node, name: string) => node.children.find((c) => c.name === name)
const children = (node: Node, name: string) => node.children.filter((c) => c.name === name)
const textOf = (node: Node, name: string) => child(node, name)?.text ?? ''

function publicTitles(locale: DemoLocale): string[] {
  return demoArticles.filter((a) => isPublic(a, locale)).map((a) => a.editions[locale]!.title)
}

test.beforeEach(async ({ page }) => {
  await page.goto('about:blank')
})

test('robots.txt points to the sitemap index and the news sitemaps', async ({ request }) => {
  const robots = await fetchText(request, '/robots.txt', /text\/plain/)
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m)
  for (const locale of locales) expect(robots).toMatch(new RegExp(`^Sitemap: https?://[^/]+/${locale}/sitemaps/news\\.xml$`, 'm'))
  expect(robots).toContain('Disallow: /admin')
})

test('every sitemap parses and lists exactly the published editions', async ({ page, request }) => {
  const index = await parseXml(page, await fetchText(request, '/sitemap.xml', /xml/), '/sitemap.xml')
  expect(index.name).toBe('sitemapindex')
  const listed = children(index, 'sitemap').map((s) => pathOf(textOf(s, 'loc')))
  for (const locale of locales) {
    expect(listed).toContain(`/${locale}/sitemaps/pages.xml`)
    expect(listed).toContain(`/${locale}/sitemaps/articles-1.xml`)
    expect(listed).toContain(`/${locale}/sitemaps/news.xml`)
  }
  const articlePaths: Record<DemoLocale, string[]> = { vi: [], en: [], zh: [] }
  for (const path of listed) {
    const locale = path.split('/')[1] as DemoLocale
    const root = await parseXml(page, await fetchText(request, path, /xml/), path)
    expect(root.name, path).toBe('urlset')
    const urls = children(root, 'url')
    for (const url of urls) expect(textOf(url, 'loc'), path).toMatch(/^https?:\/\//)
    if (path.includes('/articles-')) {
      for (const url of urls) {
        expect(textOf(url, 'lastmod'), path).toMatch(/^\d{4}-\d\d-\d\dT/)
        articlePaths[locale].push(pathOf(textOf(url, 'loc')))
      }
    }
    if (path.endsWith('/news.xml')) {
      const titles = urls.map((url) => textOf(child(url, 'news:news')!, 'news:title'))
      for (const title of titles) expect(hiddenTitles(locale), `${path}: ${title}`).not.toContain(title)
      for (const url of urls) {
        const news = child(url, 'news:news')!
        expect(textOf(child(news, 'news:publication')!, 'news:language')).toBe(locale === 'zh' ? 'zh-cn' : locale)
        expect(Date.now() - Date.parse(textOf(news, 'news:publication_date'))).toBeLessThanOrEqual(48 * 3600 * 1000 + 60_000)
      }
    }
    if (path.endsWith('/pages.xml')) {
      const locs = urls.map((url) => pathOf(textOf(url, 'loc')))
      for (const section of sections) expect(locs).toContain(`/${locale}/${section.key}`)
    }
  }
  for (const locale of locales) {
    // Exactly what the public API shows as published (other specs may have published more than the demo).
    const api = await request.get(`/api/articles?locale=${locale}&limit=1&depth=0&where[publishedAt][exists]=true`)
    const { totalDocs } = (await api.json()) as { totalDocs: number }
    expect(totalDocs).toBeGreaterThanOrEqual(publicTitles(locale).length)
    expect(articlePaths[locale].length, locale).toBe(totalDocs)
    expect(new Set(articlePaths[locale]).size).toBe(articlePaths[locale].length)
  }
})

test('feeds per locale and per section parse, with stable GUIDs, full leads and photos', async ({ page, request }) => {
  for (const locale of locales) {
    const hidden = hiddenTitles(locale)
    const leads = new Map(demoArticles.filter((a) => isPublic(a, locale)).map((a) => [a.editions[locale]!.title, a.editions[locale]!.lead]))
    const rss = await parseXml(page, await fetchText(request, `/${locale}/rss.xml`, /application\/rss\+xml/), `/${locale}/rss.xml`)
    expect(rss.name).toBe('rss')
    expect(rss.attrs.version).toBe('2.0')
    const channel = child(rss, 'channel')!
    expect(textOf(channel, 'language')).toBe(languageTags[locale])
    const items = children(channel, 'item')
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      const title = textOf(item, 'title')
      expect(hidden).not.toContain(title)
      // Demo articles carry their whole lead; any article has one.
      if (leads.has(title)) expect(textOf(item, 'description')).toBe(leads.get(title))
      expect(textOf(item, 'description'), title).not.toBe('')
      expect(child(item, 'guid')?.attrs.isPermaLink).toBe('false')
      expect(textOf(item, 'guid')).toMatch(new RegExp(`^urn:newsroom:article:\\d+:${locale}$`))
      expect(new Date(textOf(item, 'pubDate')).getTime()).not.toBeNaN()
      const enclosure = child(item, 'enclosure')
      if (!leads.has(title)) continue
      expect(enclosure?.attrs.url, title).toMatch(/1200x630/)
      expect(Number(enclosure?.attrs.length)).toBeGreaterThan(0)
      expect(child(item, 'media:content')?.attrs.width).toBe('1200')
    }
    const withPhoto = items.find((item) => child(item, 'enclosure'))
    expect(withPhoto).toBeDefined()
    const photo = await request.get(pathOf(child(withPhoto!, 'enclosure')!.attrs.url))
    expect(photo.status()).toBe(200)

    const atom = await parseXml(page, await fetchText(request, `/${locale}/atom.xml`, /application\/atom\+xml/), `/${locale}/atom.xml`)
    expect(atom.name).toBe('feed')
    const entries = children(atom, 'entry')
    // The same editions under the same GUIDs in both formats.
    expect(entries.map((entry) => textOf(entry, 'id'))).toEqual(items.map((item) => textOf(item, 'guid')))
    for (const entry of entries) {
      expect(textOf(entry, 'updated')).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(child(entry, 'link')?.attrs.href).toMatch(new RegExp(`/${locale}/`))
    }

    for (const section of sections) {
      const path = `/${locale}/${section.key}/rss.xml`
      const feed = await parseXml(page, await fetchText(request, path, /rss/), path)
      const sectionItems = children(child(feed, 'channel')!, 'item')
      const expected = demoArticles.filter(
        (a) => isPublic(a, locale) && (a.section === section.key || sections.find((s) => s.key === a.section)?.parent === section.key),
      )
      expect(sectionItems.length, path).toBeGreaterThanOrEqual(Math.min(50, expected.length))
      for (const item of sectionItems) expect(hidden).not.toContain(textOf(item, 'title'))
      await parseXml(page, await fetchText(request, `/${locale}/${section.key}/atom.xml`, /atom/), `${path} (atom)`)
    }
  }
  expect((await request.get('/vi/no-such-section/rss.xml')).status()).toBe(404)
})

type NewsArticleLd = {
  '@context': string
  headline: string
  inLanguage: string
  datePublished: string
  dateModified: string
  url: string
  image: { width: number; height: number }[]
  author: { name?: string; url?: string }[]
  publisher: { name: string }
  isPartOf: { url: string }
  workTranslation?: { inLanguage: string }[]
  translationOfWork?: { inLanguage: string }
}
type BreadcrumbLd = { itemListElement: { position: number }[] }

type PageSeo = {
  title: string
  alternates: Record<string, string>
  jsonLd: Record<string, unknown>[]
  meta: Record<string, string>
  canonical: string
}

async function readSeo(page: Page, request: APIRequestContext, path: string): Promise<PageSeo> {
  const html = await fetchText(request, path, /text\/html/)
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    const alternates: Record<string, string> = {}
    for (const link of Array.from(doc.querySelectorAll('link[rel="alternate"][hreflang]')))
      alternates[link.getAttribute('hreflang')!] = link.getAttribute('href')!
    const meta: Record<string, string> = {}
    for (const tag of Array.from(doc.querySelectorAll('meta[property], meta[name]'))) {
      const key = tag.getAttribute('property') ?? tag.getAttribute('name')!
      meta[key] = meta[key] ? `${meta[key]}|${tag.getAttribute('content')}` : (tag.getAttribute('content') ?? '')
    }
    return {
      title: doc.querySelector('h1')?.textContent ?? '',
      alternates,
      jsonLd: Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => JSON.parse(s.textContent ?? 'null')),
      meta,
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    }
  }, html)
}

async function articlePathsFromSitemaps(request: APIRequestContext, page: Page): Promise<string[]> {
  const paths: string[] = []
  for (const locale of locales) {
    const root = await parseXml(page, await fetchText(request, `/${locale}/sitemaps/articles-1.xml`, /xml/), locale)
    paths.push(...children(root, 'url').map((url) => pathOf(textOf(url, 'loc'))))
  }
  return paths
}

test('hreflang is reciprocal for every demo article, with x-default', async ({ page, request }) => {
  const paths = await articlePathsFromSitemaps(request, page)
  const seo = new Map<string, PageSeo>()
  for (const path of paths) seo.set(path, await readSeo(page, request, path))
  const seen = new Set<string>()
  for (const [path, own] of seo) {
    const locale = path.split('/')[1] as DemoLocale
    const demo = demoArticles.find((a) => a.editions[locale]?.title === own.title)
    const { 'x-default': xDefault, ...languages } = own.alternates
    if (demo) {
      seen.add(`${demo.key}:${locale}`)
      const editions = locales.filter((other) => isPublic(demo, other))
      expect(Object.keys(languages).sort(), path).toEqual(editions.map((other) => languageTags[other]).sort())
    }
    expect(pathOf(languages[languageTags[locale]]), path).toBe(path)
    expect(pathOf(own.canonical)).toBe(path)
    expect(xDefault, path).toBeDefined()
    for (const href of Object.values(languages)) {
      const other = seo.get(pathOf(href))
      expect(other, `${path} → ${href}`).toBeDefined()
      expect(other!.alternates, `${href} links back to ${path}`).toEqual(own.alternates)
    }
  }
  // Every published edition of every demo article was checked.
  const expected = demoArticles.flatMap((a) => locales.filter((locale) => isPublic(a, locale)).map((locale) => `${a.key}:${locale}`))
  expect([...seen].sort()).toEqual(expected.sort())
})

test('NewsArticle, BreadcrumbList and Open Graph per locale; Organization on the home page', async ({ page, request }) => {
  const everywhere = demoArticles.find((a) => locales.every((locale) => isPublic(a, locale)))!
  const paths = await articlePathsFromSitemaps(request, page)
  for (const locale of locales) {
    const candidates = paths.filter((path) => path.startsWith(`/${locale}/`))
    let found: { path: string; seo: PageSeo } | undefined
    for (const path of candidates) {
      const seo = await readSeo(page, request, path)
      if (seo.title === everywhere.editions[locale]!.title) {
        found = { path, seo }
        break
      }
    }
    expect(found, locale).toBeDefined()
    const { seo, path } = found!
    const article = seo.jsonLd.find((data) => data['@type'] === 'NewsArticle') as NewsArticleLd
    expect(article).toBeDefined()
    expect(article['@context']).toBe('https://schema.org')
    expect(article.headline).toBe(everywhere.editions[locale]!.title)
    expect(article.inLanguage).toBe(languageTags[locale])
    expect(Date.parse(article.datePublished)).not.toBeNaN()
    expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished))
    expect(article.image[0]).toMatchObject({ width: 1200, height: 630 })
    expect(article.author.length).toBeGreaterThan(0)
    for (const author of article.author) expect(author.url ?? author.name).toBeTruthy()
    expect(article.author.some((author) => author.url && pathOf(author.url).startsWith(`/${locale}/author/`))).toBe(true)
    expect(article.publisher.name).toBeTruthy()
    expect(pathOf(article.isPartOf.url)).toBe(`/${locale}/${everywhere.section}`)
    expect(pathOf(article.url)).toBe(path)
    if (locale === 'vi') expect((article.workTranslation ?? []).map((w) => w.inLanguage).sort()).toEqual(['en', 'zh-CN'])
    else expect(article.translationOfWork?.inLanguage).toBe('vi-VN')
    const crumbs = seo.jsonLd.find((data) => data['@type'] === 'BreadcrumbList') as BreadcrumbLd
    expect(crumbs.itemListElement.map((item) => item.position)).toEqual([1, 2, 3])
    expect(seo.meta['og:type']).toBe('article')
    expect(seo.meta['og:image']).toMatch(/1200x630/)
    expect(seo.meta['og:image:width']).toBe('1200')
    expect(seo.meta['twitter:card']).toBe('summary_large_image')
    expect(seo.meta['article:published_time']).toBe(article.datePublished)
    expect(seo.meta['article:modified_time']).toBeTruthy()
    expect(seo.meta['article:section']).toBeTruthy()
    if (everywhere.tags.length) expect(seo.meta['article:tag']).toBeTruthy()
    expect(pathOf(seo.meta['og:url'])).toBe(path)
    expect(seo.meta.description).toBeTruthy()
  }
  // Section pages: canonical, and hreflang to the same section in every language it is named in.
  const section = await readSeo(page, request, `/en/${sections[0].key}`)
  expect(pathOf(section.canonical)).toBe(`/en/${sections[0].key}`)
  expect(Object.keys(section.alternates).sort()).toEqual(['en', 'vi-VN', 'x-default', 'zh-CN'])
  expect(pathOf(section.alternates['zh-CN'])).toBe(`/zh/${sections[0].key}`)
  for (const locale of locales) {
    const home = await readSeo(page, request, `/${locale}`)
    const graph = (home.jsonLd[0]['@graph'] as Record<string, unknown>[]) ?? []
    expect(graph.find((node) => node['@type'] === 'NewsMediaOrganization')).toMatchObject({ name: expect.any(String) })
    expect(Object.keys(home.alternates).sort()).toEqual(['en', 'vi-VN', 'x-default', 'zh-CN'])
  }
})

test('search finds Đà Nẵng with or without diacritics and highlights it', async ({ page }) => {
  const results = async (q: string) => {
    await page.goto(`/vi/search?q=${encodeURIComponent(q)}`)
    return page.locator('.search-results .card__title').allTextContents()
  }
  const plain = await results('da nang')
  expect(plain).toContain('3.000 tình nguyện viên làm sạch bờ biển Đà Nẵng')
  expect(await results('ĐÀ NẴNG')).toEqual(plain)
  expect(await results('Đà Nẵng')).toEqual(plain)
  await expect(page.locator('.search-results mark').first()).toHaveText(/^Đà Nẵng$/i)
  for (const hidden of hiddenTitles('vi')) expect(plain).not.toContain(hidden)
  // The header box leads to the same page.
  await page.goto('/en')
  await page.locator('.site-header input[type="search"]').fill('Da Nang')
  await page.locator('.site-header input[type="search"]').press('Enter')
  await expect(page).toHaveURL(/\/en\/search\?q=Da\+Nang/)
  await expect(page.locator('.search-results li').first()).toBeVisible()
  // Chinese substrings.
  await page.goto(`/zh/search?q=${encodeURIComponent('岘港')}`)
  await expect(page.locator('.search-results mark').first()).toHaveText('岘港')
})

test('empty, absurd and hostile queries get a friendly page', async ({ page }) => {
  for (const q of ['', '!!!@@@###', 'x'.repeat(10_000), '<script>alert(1)</script>']) {
    const response = await page.goto(`/vi/search?q=${encodeURIComponent(q)}`)
    expect(response?.status(), q.slice(0, 20)).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('main')).not.toContainText('undefined')
  }
  expect(
    await page.locator('script:not([src])').evaluateAll((scripts) => scripts.some((s) => s.textContent?.includes('alert(1)</script>'))),
  ).toBe(false)
})

test('publishing refreshes feeds, sitemaps and search at once; unpublishing removes it everywhere', async ({ page }) => {
  const title = `Tin phát hành thử ${Date.now()}`
  await logIn(page, 'editor')
  const found = (await (await page.request.get('/api/sections?where[slug][equals]=thoi-su&depth=0')).json()) as { docs: { id: number }[] }
  const created = await page.request.post('/api/articles?locale=vi&draft=true', {
    data: { title, lead: 'Sapo của tin thử & <kiểm tra>.', section: found.docs[0].id, _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  const visible = async () => {
    const [rss, atom, sitemap, news, search] = await Promise.all(
      [
        '/vi/rss.xml',
        '/vi/atom.xml',
        '/vi/sitemaps/articles-1.xml',
        '/vi/sitemaps/news.xml',
        `/vi/search?q=${encodeURIComponent(title.toUpperCase())}`,
      ].map(async (path) => (await page.request.get(path)).text()),
    )
    return {
      rss: rss.includes(`urn:newsroom:article:${doc.id}:vi`),
      atom: atom.includes(`urn:newsroom:article:${doc.id}:vi`),
      sitemap: sitemap.includes(`/vi/thoi-su/${doc.slug}<`),
      news: news.includes(`/vi/thoi-su/${doc.slug}<`),
      search: search.includes(`href="/vi/thoi-su/${doc.slug}"`),
    }
  }
  const nowhere = { rss: false, atom: false, sitemap: false, news: false, search: false }
  // The draft is nowhere; these reads also fill the caches, so what follows proves they are refreshed.
  expect(await visible()).toEqual(nowhere)
  const published = await page.request.patch(`/api/articles/${doc.id}?locale=vi&publishSpecificLocale=vi`, {
    data: { _status: 'published' },
  })
  expect(published.status()).toBe(200)
  expect(await visible()).toEqual({ rss: true, atom: true, sitemap: true, news: true, search: true })
  const unpublished = await page.request.patch(`/api/articles/${doc.id}?locale=vi`, { data: { _status: 'draft' } })
  expect(unpublished.status()).toBe(200)
  expect(await visible()).toEqual(nowhere)
})
