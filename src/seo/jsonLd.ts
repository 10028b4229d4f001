import { dictionary } from '@/i18n/dictionaries'
import { defaultLocale, locales, localeTags, type Locale } from '@/i18n/locales'
import type { Article, Author, Media, Section, Tag } from '@/payload-types'
import { populated, populatedList } from '@/utilities/populated'
import type { EditionPaths } from './alternates'
import { seoText, modifiedAt } from './metadata'
import { absoluteUrl, clip, siteUrl, socialImage } from './site'

type JsonLd = Record<string, unknown>

/**
 * JSON for a <script type="application/ld+json">: "<" is written as \u003c (and ">" and "&"
 * likewise), so no text an editor types can close the script element or open another.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function organizationJsonLd(locale: Locale): JsonLd {
  const t = dictionary(locale)
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${siteUrl()}/#organization`,
    name: t.siteName,
    url: absoluteUrl(`/${locale}`),
    description: t.tagline,
  }
}

export function homeJsonLd(locale: Locale): JsonLd {
  const t = dictionary(locale)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      organizationJsonLd(locale),
      {
        '@type': 'WebSite',
        '@id': `${siteUrl()}/#website-${locale}`,
        name: t.siteName,
        url: absoluteUrl(`/${locale}`),
        inLanguage: localeTags[locale],
        publisher: { '@id': `${siteUrl()}/#organization` },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(`/${locale}/search`)}?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  }
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  }
}

/** A reference to another edition of the same story. */
function editionRef(locale: Locale, path: string): JsonLd {
  return { '@type': 'NewsArticle', '@id': absoluteUrl(path), url: absoluteUrl(path), inLanguage: localeTags[locale] }
}

/**
 * NewsArticle for one edition. Vietnamese is the source language: its edition lists the
 * published translations (workTranslation); each translation names it (translationOfWork).
 */
export function newsArticleJsonLd(article: Article, locale: Locale, path: string, editions: EditionPaths): JsonLd {
  const t = dictionary(locale)
  const url = absoluteUrl(path)
  const section = populated<Section>(article.section)
  const image = socialImage(populated<Media>(article.heroImage))
  const authors = populatedList<Author>(article.authors)
  const { title, description } = seoText(article)
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: clip(article.title, 110),
    ...(title !== article.title ? { alternativeHeadline: title } : {}),
    description,
    inLanguage: localeTags[locale],
    ...(image
      ? { image: [{ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height, caption: image.alt || undefined }] }
      : {}),
    datePublished: article.publishedAt ?? undefined,
    dateModified: modifiedAt(article),
    author: authors.length
      ? authors.map((author) => ({
          '@type': 'Person',
          name: author.name,
          ...(author.slug ? { url: absoluteUrl(`/${locale}/author/${author.slug}`) } : {}),
        }))
      : [{ '@type': 'Organization', name: article.source?.outlet || t.siteName, url: article.source?.url || absoluteUrl(`/${locale}`) }],
    publisher: { '@type': 'NewsMediaOrganization', '@id': `${siteUrl()}/#organization`, name: t.siteName, url: absoluteUrl(`/${locale}`) },
    ...(section?.name && section.slug
      ? {
          articleSection: section.name,
          isPartOf: { '@type': 'CollectionPage', name: section.name, url: absoluteUrl(`/${locale}/${section.slug}`) },
        }
      : {}),
    keywords:
      populatedList<Tag>(article.tags)
        .map((tag) => tag.name)
        .filter(Boolean)
        .join(', ') || undefined,
  }
  const source = editions[defaultLocale]
  if (locale === defaultLocale) {
    const translations = locales
      .filter((other) => other !== locale && editions[other])
      .map((other) => editionRef(other, editions[other] as string))
    if (translations.length) data.workTranslation = translations
  } else if (source) {
    data.translationOfWork = editionRef(defaultLocale, source)
  }
  return data
}
