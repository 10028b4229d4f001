import type { Payload } from 'payload'

import { addPageViews } from '@/db/pageViews'
import type { Locale } from '@/i18n/locales'
import { compareDocIds, relationId } from '@/utilities/docId'

/** Hour bucket of a moment, as an ISO string at the top of the hour (UTC). */
export function hourBucket(at: Date): string {
  const hour = new Date(at)
  hour.setUTCMinutes(0, 0, 0)
  return hour.toISOString()
}

type Pending = { article: number; locale: Locale; hour: string; views: number }

/**
 * Counts views in memory and writes them in batches: a burst of readers costs one write per
 * article and hour, not one per view. A restart loses at most one flush interval of counts.
 * Each write is an atomic increment (src/db/pageViews.ts): several instances may count at once.
 */
export class ViewCounter {
  private pending = new Map<string, Pending>()
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> | undefined

  constructor(
    private readonly getPayload: () => Promise<Payload>,
    private readonly intervalMs = 2000,
  ) {}

  record(article: number, locale: Locale, at = new Date()): void {
    const hour = hourBucket(at)
    const key = `${article}:${locale}:${hour}`
    const entry = this.pending.get(key)
    if (entry) entry.views += 1
    else this.pending.set(key, { article, locale, hour, views: 1 })
    this.schedule()
  }

  get pendingViews(): number {
    let total = 0
    for (const entry of this.pending.values()) total += entry.views
    return total
  }

  private schedule(): void {
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.flush()
    }, this.intervalMs)
    this.timer.unref?.()
  }

  /** Writes everything counted so far; counts that fail to write are kept for the next flush. */
  async flush(): Promise<void> {
    if (this.flushing) await this.flushing
    if (this.pending.size === 0) return
    const batch = [...this.pending.entries()]
    this.pending.clear()
    this.flushing = this.write(batch)
    try {
      await this.flushing
    } finally {
      this.flushing = undefined
    }
  }

  private async write(batch: [string, Pending][]): Promise<void> {
    const payload = await this.getPayload()
    for (const [bucket, entry] of batch) {
      try {
        await addPageViews(payload, { bucket, article: entry.article, locale: entry.locale, hour: entry.hour }, entry.views)
      } catch (error) {
        payload.logger.warn({ err: error, msg: `Page views for ${bucket} not saved yet; retrying.` })
        const again = this.pending.get(bucket)
        if (again) again.views += entry.views
        else this.pending.set(bucket, entry)
        this.schedule()
      }
    }
  }
}

/** Sums views per article over the buckets from `since`, most read first. */
export function rankByViews(rows: { article: number | { id: number }; views: number }[]): { article: number; views: number }[] {
  const totals = new Map<number, number>()
  for (const row of rows) {
    const id = relationId(row.article)
    if (id === undefined) continue
    totals.set(id, (totals.get(id) ?? 0) + row.views)
  }
  return [...totals.entries()]
    .map(([article, views]) => ({ article, views }))
    .sort((a, b) => b.views - a.views || compareDocIds(b.article, a.article))
}
