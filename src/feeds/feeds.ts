import type { Payload } from 'payload'

import { articleHref } from '@/content/queries/common'
import { feedArticles } from '@/content/queries/feeds'
import { sectionBySlug, sectionsInMenu, withSubsections } from '@/content/queries/taxonomy'
import { dictionary } from '@/i18n/dictionaries'
import { localeTags, type Locale } from '@/i18n/locales'
import type { Author, Media, Section } from '@/payload-types'
import { modifiedAt } from '@/seo/metadata'
import { absoluteUrl, socialImage, type SocialImage } from '@/seo/site'
import { attrs, element, xmlDeclaration } from '@/seo/xml'
import { populated, populatedList } from '@/utilities/populated'

/** Items per feed: readers and aggregators poll often, they need the recent ones only. */
export const feedSize = 50

export type FeedItem = {
  /** Stable across edits, slug changes and section moves: the article and the edition. */
  guid: string
  title: string
  link: string
  lead: string
  publishedAt: string
  updatedAt: string
  section: string | null
  authors: string[]
  image: SocialImage | undefined
}

export type Feed = {
  locale: Locale
  title: string
  description: string
  /** The page the feed mirrors (the locale's home or the section). */
  link: string
  /** This feed's own path without the extension: `${self}/rss.xml`, `${self}/atom.xml`. */
  self: string
  updatedAt: string
  items: FeedItem[]
}

/** The GUID of an edition: never its URL, which changes when the slug or section does. */
export function feedGuid(id: number, locale: Locale): string {
  return `urn:newsroom:article:${id}:${locale}`
}

/**
 * The latest published editions in a locale, or in one section (with its subsections).
 * undefined when the section does not exist in this locale.
 */
export async function buildFeed(payload: Payload, locale: Locale, sectionSlug?: string, limit = feedSize): Promise<Feed | undefined> {
  const t = dictionary(locale)
  let sections: number[] | undefined
  let title = t.siteName
  let path = `/${locale}`
  if (sectionSlug) {
    const section = await sectionBySlug(payload, locale, sectionSlug)
    if (!section?.name) return undefined
    sections = withSubsections(section, await sectionsInMenu(payload, locale))
    title = `${section.name} — ${t.siteName}`
    path = `/${locale}/${section.slug}`
  }
  const docs = await feedArticles(payload, locale, sections, limit)
  const items = docs.flatMap((doc): FeedItem[] => {
    const href = doc.title ? articleHref(locale, doc) : undefined
    if (!href || !doc.publishedAt) return []
    return [
      {
        guid: feedGuid(doc.id, locale),
        title: doc.title,
        link: absoluteUrl(href),
        lead: doc.lead ?? '',
        publishedAt: doc.publishedAt,
        updatedAt: modifiedAt(doc) ?? doc.publishedAt,
        section: populated<Section>(doc.section)?.name ?? null,
        authors: populatedList<Author>(doc.authors)
          .map((author) => author.name)
          .filter(Boolean),
        image: socialImage(populated<Media>(doc.heroImage)),
      },
    ]
  })
  const updatedAt =
    items
      .map((item) => item.updatedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString()
  return { locale, title, description: t.tagline, link: absoluteUrl(path), self: path, updatedAt, items }
}

const rfc822 = (iso: string) => new Date(iso).toUTCString()

export function renderRss(feed: Feed): string {
  const items = feed.items
    .map((item) =>
      [
        '<item>',
        element('title', item.title),
        element('link', item.link),
        element('guid', item.guid, { isPermaLink: 'false' }),
        element('pubDate', rfc822(item.publishedAt)),
        element('description', item.lead),
        element('category', item.section),
        ...item.authors.map((name) => element('dc:creator', name)),
        item.image
          ? `<enclosure${attrs({ url: item.image.url, type: item.image.type, length: item.image.length ?? 0 })}/>` +
            `<media:content${attrs({ url: item.image.url, medium: 'image', type: item.image.type, width: item.image.width, height: item.image.height })}>${element('media:description', item.image.alt)}</media:content>`
          : '',
        '</item>',
      ].join(''),
    )
    .join('\n')
  return `${xmlDeclaration}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
${element('title', feed.title)}
${element('link', feed.link)}
${element('description', feed.description)}
${element('language', localeTags[feed.locale])}
${element('lastBuildDate', rfc822(feed.updatedAt))}
<atom:link${attrs({ href: absoluteUrl(`${feed.self}/rss.xml`), rel: 'self', type: 'application/rss+xml' })}/>
${items}
</channel>
</rss>
`
}

export function renderAtom(feed: Feed): string {
  const entries = feed.items
    .map((item) =>
      [
        '<entry>',
        element('id', item.guid),
        element('title', item.title),
        `<link${attrs({ rel: 'alternate', type: 'text/html', href: item.link })}/>`,
        element('published', item.publishedAt),
        element('updated', item.updatedAt),
        element('summary', item.lead),
        ...item.authors.map((name) => `<author>${element('name', name)}</author>`),
        item.section ? `<category${attrs({ term: item.section })}/>` : '',
        item.image
          ? `<link${attrs({ rel: 'enclosure', type: item.image.type, href: item.image.url, length: item.image.length ?? undefined })}/>`
          : '',
        item.image
          ? `<media:content${attrs({ url: item.image.url, medium: 'image', type: item.image.type, width: item.image.width, height: item.image.height })}/>`
          : '',
        '</entry>',
      ].join(''),
    )
    .join('\n')
  return `${xmlDeclaration}
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"${attrs({ 'xml:lang': localeTags[feed.locale] })}>
${element('id', feed.link)}
${element('title', feed.title)}
${element('subtitle', feed.description)}
${element('updated', feed.updatedAt)}
<link${attrs({ rel: 'alternate', type: 'text/html', href: feed.link })}/>
<link${attrs({ rel: 'self', type: 'application/atom+xml', href: absoluteUrl(`${feed.self}/atom.xml`) })}/>
<author>${element('name', dictionary(feed.locale).siteName)}</author>
${entries}
</feed>
`
}
