import type { Payload } from 'payload'

import { articleHref } from '@/content/queries/common'
import { publishedArticleCount, publishedArticles, taxonomyEntries } from '@/content/queries/sitemaps'
import { dictionary } from '@/i18n/dictionaries'
import { locales, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { hreflangAlternates } from './alternates'
import { modifiedAt } from './metadata'
import { absoluteUrl } from './site'
import { attrs, element, xmlDeclaration } from './xml'

/**
 * Sitemaps: an index (/sitemap.xml) pointing at, per locale, one sitemap of sections, tags and
 * authors, numbered sitemaps of articles (as many as needed, `articleSitemapSize` each) and a
 * Google News sitemap (the last 48 hours). Built from public reads only, so drafts and
 * untranslated editions are never listed.
 */
export const articleSitemapSize = 2000
/** Google News reads at most 1000 articles from the last two days. */
export const newsWindowHours = 48
export const newsSitemapLimit = 1000

export type SitemapEntry = { loc: string; lastmod?: string; alternates?: Record<string, string> }
export type NewsEntry = { loc: string; title: string; publishedAt: string }

type Linkable = Pick<Article, 'id' | 'slug' | 'section' | 'publishedAt' | 'revisedAt' | 'title'>

/** How many article sitemaps a locale has (at least one, possibly empty). */
export async function articleSitemapCount(payload: Payload, locale: Locale, size = articleSitemapSize): Promise<number> {
  return Math.max(1, Math.ceil((await publishedArticleCount(payload, locale)) / size))
}

/** Where the other published editions of these articles live, by article id. */
async function otherEditions(payload: Payload, locale: Locale, ids: number[]): Promise<Map<number, Partial<Record<Locale, string>>>> {
  const byId = new Map<number, Partial<Record<Locale, string>>>()
  if (ids.length === 0) return byId
  await Promise.all(
    locales
      .filter((other) => other !== locale)
      .map(async (other) => {
        const result = await publishedArticles(payload, other, { id: { in: ids } }, ids.length)
        for (const doc of result.docs) {
          const href = doc.title ? articleHref(other, doc) : undefined
          if (href) byId.set(doc.id, { ...byId.get(doc.id), [other]: href })
        }
      }),
  )
  return byId
}

/** One page of a locale's article sitemap, newest first, with hreflang to the other editions. */
export async function articleSitemapEntries(
  payload: Payload,
  locale: Locale,
  page: number,
  size = articleSitemapSize,
): Promise<SitemapEntry[]> {
  const result = await publishedArticles(payload, locale, undefined, size, page)
  if (page > Math.max(1, result.totalPages)) return []
  const docs = result.docs.filter((doc): doc is typeof doc & Linkable => Boolean(doc.title && articleHref(locale, doc)))
  const others = await otherEditions(
    payload,
    locale,
    docs.map((doc) => doc.id),
  )
  return docs.map((doc) => {
    const own = articleHref(locale, doc) as string
    const editions = { ...others.get(doc.id), [locale]: own }
    return {
      loc: absoluteUrl(own),
      lastmod: modifiedAt(doc),
      alternates: Object.keys(editions).length > 1 ? hreflangAlternates(editions) : undefined,
    }
  })
}

/** Sections, tags and authors that have a name in this locale. */
export async function taxonomySitemapEntries(payload: Payload, locale: Locale): Promise<SitemapEntry[]> {
  const [sections, tags, authors] = await Promise.all([
    taxonomyEntries(payload, locale, 'sections'),
    taxonomyEntries(payload, locale, 'tags'),
    taxonomyEntries(payload, locale, 'authors'),
  ])
  const entries: SitemapEntry[] = [{ loc: absoluteUrl(`/${locale}`) }]
  const add = (docs: { name?: string | null; slug?: string | null; updatedAt: string }[], prefix: string) => {
    for (const doc of docs)
      if (doc.name && doc.slug) entries.push({ loc: absoluteUrl(`/${locale}${prefix}/${doc.slug}`), lastmod: doc.updatedAt })
  }
  add(sections, '')
  add(tags, '/tag')
  add(authors, '/author')
  return entries
}

/** Articles first published in the last 48 hours, for Google News. */
export async function newsSitemapEntries(payload: Payload, locale: Locale, now = new Date()): Promise<NewsEntry[]> {
  const since = new Date(now.getTime() - newsWindowHours * 60 * 60 * 1000).toISOString()
  const result = await publishedArticles(payload, locale, { publishedAt: { greater_than_equal: since } }, newsSitemapLimit)
  return result.docs.flatMap((doc) => {
    const href = doc.title ? articleHref(locale, doc) : undefined
    if (!href || !doc.publishedAt) return []
    return [{ loc: absoluteUrl(href), title: doc.title, publishedAt: doc.publishedAt }]
  })
}

/** Paths of every sitemap, for the index and robots.txt. */
export function sitemapPaths(counts: Record<Locale, number>): string[] {
  return locales.flatMap((locale) => [
    `/${locale}/sitemaps/pages.xml`,
    ...Array.from({ length: counts[locale] }, (_, index) => `/${locale}/sitemaps/articles-${index + 1}.xml`),
    `/${locale}/sitemaps/news.xml`,
  ])
}

export function renderSitemapIndex(paths: string[]): string {
  const items = paths.map((path) => `<sitemap>${element('loc', absoluteUrl(path))}</sitemap>`).join('\n')
  return `${xmlDeclaration}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`
}

export function renderUrlset(entries: SitemapEntry[]): string {
  const items = entries
    .map((entry) => {
      const links = Object.entries(entry.alternates ?? {})
        .map(([hreflang, href]) => `<xhtml:link${attrs({ rel: 'alternate', hreflang, href })}/>`)
        .join('')
      return `<url>${element('loc', entry.loc)}${element('lastmod', entry.lastmod)}${links}</url>`
    })
    .join('\n')
  return `${xmlDeclaration}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${items}\n</urlset>\n`
}

/** Google News wants ISO 639 codes, and zh-cn for simplified Chinese. */
const newsLanguages: Record<Locale, string> = { vi: 'vi', en: 'en', zh: 'zh-cn' }

export function renderNewsSitemap(entries: NewsEntry[], locale: Locale): string {
  const name = dictionary(locale).siteName
  const items = entries
    .map(
      (entry) =>
        `<url>${element('loc', entry.loc)}<news:news><news:publication>${element('news:name', name)}${element('news:language', newsLanguages[locale])}</news:publication>${element('news:publication_date', entry.publishedAt)}${element('news:title', entry.title)}</news:news></url>`,
    )
    .join('\n')
  return `${xmlDeclaration}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${items}\n</urlset>\n`
}
