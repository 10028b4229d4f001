import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

/** How often a running server refreshes SQLite's statistics as the archive grows. */
const refreshEveryMs = 6 * 60 * 60 * 1000

/**
 * Without statistics SQLite picks the (_status, _locale) index for every article list — "all
 * published editions", the whole archive — then sorts it: list queries grew with the archive
 * (bench:scale). With statistics it walks published_at (or section_id, published_at) in order and
 * stops after the page. A full ANALYZE (sampling with analysis_limit gave the bad plan again)
 * takes ~40 ms at 4,000 articles, about a second at 100,000.
 * MongoDB plans with its own statistics; nothing to do there.
 */
export async function refreshQueryPlannerStats(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await payload.db.drizzle.run(sql`PRAGMA analysis_limit=0`)
  await payload.db.drizzle.run(sql`ANALYZE`)
}

/**
 * Payload onInit: statistics in the background (startup does not wait), then every few hours.
 * A failure only costs speed, so it is logged, not thrown.
 */
export function keepQueryPlannerStats(payload: Payload): void {
  if (payload.db.name !== 'sqlite') return
  const refresh = () =>
    refreshQueryPlannerStats(payload).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'ANALYZE failed' }))
  void refresh()
  setInterval(refresh, refreshEveryMs).unref()
}
