import { revalidateTag } from 'next/cache'

import { coalesceByTag } from './coalesce'
import { purgeProxy } from './proxy'
import type { CacheTag, TagExpiry } from './tags'

/**
 * Widgets on other pages catch up with a publish within this many seconds (src/cache/coalesce.ts):
 * WIDGET_REFRESH_SECONDS, default 10. Shorter is fresher, and costs a round of background
 * re-renders of every page being read each time.
 */
export function backgroundWindowSeconds(): number {
  const configured = Number(process.env.WIDGET_REFRESH_SECONDS)
  return Number.isFinite(configured) && configured >= 0 ? configured : 10
}

/** Shared by the app and its own revalidation route; set by `npm start`, or derived from the Payload secret. */
export function revalidationSecret(): string {
  return process.env.REVALIDATE_SECRET || `rv:${process.env.PAYLOAD_SECRET ?? ''}`
}

function internalOrigin(): string {
  return process.env.INTERNAL_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
}

/** A list of tags means "expire now"; `tagsForChange` gives both speeds. */
export function asExpiry(tags: CacheTag[] | TagExpiry): TagExpiry {
  return Array.isArray(tags) ? { now: tags, background: [] } : tags
}

/**
 * Applies an expiry in this process: `now` tags are gone before the next request (it renders
 * fresh); `background` tags are marked stale (stale-while-revalidate: the next reader gets the old
 * page while it is rebuilt). Throws outside a Next request, where there is no cache to reach.
 */
export function expireInProcess({ now, background }: TagExpiry): void {
  for (const tag of now) revalidateTag(tag, { expire: 0 })
  // Next's "max" profile: stale at once, never expired later (so no second, blocking render).
  for (const tag of background) revalidateTag(tag, 'max')
}

async function postToOwnServer(expiry: TagExpiry): Promise<void> {
  try {
    await fetch(`${internalOrigin()}/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': revalidationSecret() },
      body: JSON.stringify({ tags: expiry.now, background: expiry.background }),
      signal: AbortSignal.timeout(2000),
    })
  } catch {
    // No server to refresh.
  }
}

/** Marks background tags stale here, or (from a timer, outside any request) through our own route. */
function markStale(background: CacheTag[]): void {
  try {
    expireInProcess({ now: [], background })
  } catch {
    void postToOwnServer({ now: [], background })
  }
}

const coalescedBackground = coalesceByTag(
  backgroundWindowSeconds() * 1000,
  (tags) => markStale(tags as CacheTag[]),
  (run, ms) => setTimeout(run, ms).unref(),
)

/**
 * Every expiry of the site's caches goes through here. Inside a request (admin, REST) Next's
 * revalidateTag works directly; outside one (scheduled jobs, scripts) there is no request store,
 * so we ask our own server's revalidation route instead. A script run with no server running has
 * nothing to refresh, which is fine.
 */
export async function invalidate(tags: CacheTag[] | TagExpiry): Promise<void> {
  const expiry = asExpiry(tags)
  if (expiry.now.length === 0 && expiry.background.length === 0) return
  try {
    expireInProcess({ now: expiry.now, background: [] })
    // The caching proxy in front drops the same pages (docs/deployment.md).
    await purgeProxy(expiry.now)
  } catch {
    // Not inside a Next request (a job, a script): our own server's route does both.
    await postToOwnServer(expiry)
    return
  }
  // Background refreshes, at most one per tag per window: a burst of publishes, one round of re-renders.
  if (expiry.background.length > 0) coalescedBackground(expiry.background)
}
