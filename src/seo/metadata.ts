import type { Metadata } from 'next'

import { dictionary } from '@/i18n/dictionaries'
import { locales, type Locale } from '@/i18n/locales'
import type { Article, Author, Media, Section, Tag } from '@/payload-types'
import { populated, populatedList } from '@/utilities/populated'
import { hreflangAlternates, type EditionPaths } from './alternates'
import { absoluteUrl, clip, ogLocales, socialImage } from './site'

/** <link rel="alternate"> to the RSS and Atom feeds. */
export function feedLinks(locale: Locale, base = `/${locale}`): Record<string, string> {
  return { 'application/rss+xml': `${base}/rss.xml`, 'application/atom+xml': `${base}/atom.xml` }
}

/** The SEO title and description of an edition: the editors' own, else headline and lead. */
export function seoText(article: Pick<Article, 'title' | 'lead' | 'meta'>): { title: string; description: string } {
  return {
    title: article.meta?.title?.trim() || article.title,
    description: clip(article.meta?.description?.trim() || article.lead || article.title, 300),
  }
}

/** When the edition last changed in substance: its revision, else its publication. */
export function modifiedAt(article: Pick<Article, 'revisedAt' | 'publishedAt'>): string | undefined {
  return article.revisedAt ?? article.publishedAt ?? undefined
}

export function articleMetadata(article: Article, locale: Locale, path: string, editions: EditionPaths): Metadata {
  const { title, description } = seoText(article)
  const url = absoluteUrl(path)
  const image = socialImage(populated<Media>(article.heroImage))
  const section = populated<Section>(article.section)
  const authors = populatedList<Author>(article.authors)
  const images = image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] : undefined
  return {
    title,
    description,
    alternates: { canonical: url, languages: hreflangAlternates(editions), types: feedLinks(locale) },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: dictionary(locale).siteName,
      locale: ogLocales[locale],
      alternateLocale: locales.filter((other) => other !== locale && editions[other]).map((other) => ogLocales[other]),
      images,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: modifiedAt(article),
      section: section?.name ?? undefined,
      tags: populatedList<Tag>(article.tags)
        .map((tag) => tag.name)
        .filter(Boolean),
      authors: authors.filter((author) => author.slug).map((author) => absoluteUrl(`/${locale}/author/${author.slug}`)),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  }
}

/** Metadata of a listing or home page: title, description, canonical, hreflang, Open Graph. */
export function pageMetadata({
  locale,
  title,
  description,
  path,
  editions,
  feedPath,
}: {
  /** A section's own feeds, at `${feedPath}/rss.xml`; the locale's otherwise. */
  feedPath?: string
  locale: Locale
  title?: string
  description?: string
  path: string
  editions: EditionPaths
}): Metadata {
  const t = dictionary(locale)
  const url = absoluteUrl(path)
  const text = description ? clip(description, 300) : t.tagline
  return {
    ...(title ? { title } : {}),
    description: text,
    alternates: { canonical: url, languages: hreflangAlternates(editions), types: feedLinks(locale, feedPath) },
    openGraph: { type: 'website', url, title: title ?? t.siteName, description: text, siteName: t.siteName, locale: ogLocales[locale] },
    twitter: { card: 'summary', title: title ?? t.siteName, description: text },
  }
}

/** The same path in every locale: home and section pages exist in all of them. */
export function samePathEverywhere(build: (locale: Locale) => string, available: readonly Locale[] = locales): EditionPaths {
  return Object.fromEntries(available.map((locale) => [locale, build(locale)]))
}
