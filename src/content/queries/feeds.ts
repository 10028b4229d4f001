import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { publicRead } from './common'

/** What an RSS/Atom item shows of an article and of the section, authors and photo it links to. */
const feedSelect = {
  title: true,
  lead: true,
  slug: true,
  section: true,
  publishedAt: true,
  revisedAt: true,
  heroImage: true,
  authors: true,
} as const
const feedPopulate = {
  sections: { name: true, slug: true },
  authors: { name: true },
  media: { url: true, alt: true, sizes: true, width: true, height: true, mimeType: true, filesize: true },
} as const

/** The latest published editions in a locale, or in these sections only, newest first. */
export async function feedArticles(payload: Payload, locale: Locale, sections: number[] | undefined, limit: number) {
  const published: Where = { publishedAt: { exists: true } }
  const result = await payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    where: sections ? { and: [published, { section: { in: sections } }] } : published,
    sort: '-publishedAt',
    limit,
    depth: 1,
    select: feedSelect,
    populate: feedPopulate,
  })
  return result.docs
}
