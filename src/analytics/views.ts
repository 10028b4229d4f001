import type { Payload } from 'payload'

import { relationId } from '@/utilities/docId'
import { hourBucket } from './counter'

const hourMs = 60 * 60 * 1000

export type ViewFigures = { day: number; week: number }

/**
 * Views of each article over the last 24 hours and 7 days, all languages together, in one query
 * over the hourly buckets (however many articles are asked about: a list page costs one query).
 */
export async function viewFigures(payload: Payload, articleIds: number[], now = new Date()): Promise<Map<number, ViewFigures>> {
  const out = new Map<number, ViewFigures>(articleIds.map((id) => [id, { day: 0, week: 0 }]))
  if (articleIds.length === 0) return out
  const bucketHoursAgo = (hours: number) => hourBucket(new Date(now.getTime() - hours * hourMs))
  const weekStart = bucketHoursAgo(7 * 24)
  const dayStart = Date.parse(bucketHoursAgo(24))
  const rows = await payload.find({
    collection: 'page-views',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    select: { article: true, views: true, hour: true },
    where: { and: [{ article: { in: articleIds } }, { hour: { greater_than_equal: weekStart } }] },
  })
  for (const row of rows.docs) {
    const id = relationId(row.article)
    const figures = id === undefined ? undefined : out.get(id)
    if (!figures) continue
    figures.week += row.views
    if (Date.parse(row.hour) >= dayStart) figures.day += row.views
  }
  return out
}
