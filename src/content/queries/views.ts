import type { Payload, Where } from 'payload'

import { hourBucket } from '@/analytics/counter'
import type { Locale } from '@/i18n/locales'
import type { PageView } from '@/payload-types'
import type { DocId } from '@/utilities/docId'

const hourMs = 60 * 60 * 1000

export type ViewBucket = Pick<PageView, 'article' | 'views' | 'hour'>

/**
 * The hourly page-view buckets of the last `hours` before `now` (one row per article, locale and
 * hour), in one locale or all, for some articles or all: the one window query behind "most read"
 * and the editors' view figures. Reads only buckets in the window, never the articles.
 */
export async function viewBuckets(
  payload: Payload,
  { hours, now, locale, articles }: { hours: number; now: Date; locale?: Locale; articles?: number[] },
): Promise<ViewBucket[]> {
  const conditions: Where[] = [{ hour: { greater_than_equal: hourBucket(new Date(now.getTime() - hours * hourMs)) } }]
  if (locale) conditions.unshift({ locale: { equals: locale } })
  if (articles) conditions.unshift({ article: { in: articles } })
  const rows = await payload.find({
    collection: 'page-views',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    select: { article: true, views: true, hour: true },
    where: { and: conditions },
  })
  return rows.docs
}

/** Whether this edition is published (the public may read it): the view beacon counts only those. */
export async function isPublishedEdition(payload: Payload, article: DocId, locale: Locale): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'articles', locale, overrideAccess: false, where: { id: { equals: article } } })
  return totalDocs > 0
}
