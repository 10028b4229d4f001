import { revalidateTag } from 'next/cache'

import { purgeProxy } from './proxy'
import type { CacheTag } from './tags'

/** Shared by the app and its own revalidation route; set by `npm start`, or derived from the Payload secret. */
export function revalidationSecret(): string {
  return process.env.REVALIDATE_SECRET || `rv:${process.env.PAYLOAD_SECRET ?? ''}`
}

function internalOrigin(): string {
  return process.env.INTERNAL_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
}

/**
 * Expires the tags at once, so the next reader sees the change. Inside a request (admin, REST)
 * Next's revalidateTag works directly; outside one (scheduled jobs, scripts) there is no request
 * store, so we ask our own server's revalidation route instead. A script run with no server
 * running has nothing to refresh, which is fine.
 */
export async function invalidate(tags: CacheTag[]): Promise<void> {
  if (tags.length === 0) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    await purgeProxy(tags)
    return
  } catch {
    // Not inside a Next request: fall through to the HTTP route.
  }
  try {
    await fetch(`${internalOrigin()}/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': revalidationSecret() },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(2000),
    })
  } catch {
    // No server to refresh.
  }
}
