import { revalidateTag } from 'next/cache'

import type { CacheTag, TagExpiry } from './tags'

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
    expireInProcess(expiry)
    return
  } catch {
    // Not inside a Next request: fall through to the HTTP route.
  }
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
