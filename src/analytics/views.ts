import type { Payload } from 'payload'

import { viewBuckets } from '@/content/queries/views'
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
  const dayStart = Date.parse(hourBucket(new Date(now.getTime() - 24 * hourMs)))
  const rows = await viewBuckets(payload, { hours: 7 * 24, now, articles: articleIds })
  for (const row of rows) {
    const id = relationId(row.article)
    const figures = id === undefined ? undefined : out.get(id)
    if (!figures) continue
    figures.week += row.views
    if (Date.parse(row.hour) >= dayStart) figures.day += row.views
  }
  return out
}
