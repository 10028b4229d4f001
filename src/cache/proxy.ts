/**
 * Purges the caching proxy (Varnish with xkey, deploy/varnish/newsroom.vcl) by cache tag. Every
 * page the proxy holds carries its Next cache tags as surrogate keys (`xkey` header, set by
 * src/cache/nextCacheHandler.ts), so purging a tag drops exactly the pages Next expires for it.
 *
 * Loaded both by the bundled app and, natively, by the Next cache handler: no path aliases here.
 */

/** PROXY_PURGE_URL: one or more proxy origins, comma-separated (unset: no proxy in front). */
export function proxyPurgeUrls(env: Record<string, string | undefined> = process.env): string[] {
  return (env.PROXY_PURGE_URL ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
}

/** Varnish limits a header to 8 KB by default; long tag lists are sent in several purges. */
export function purgeBatches(tags: readonly string[], maxLength = 4000): string[] {
  const batches: string[] = []
  let current = ''
  for (const tag of new Set(tags)) {
    if (!tag || /\s/.test(tag)) continue
    if (current && current.length + tag.length + 1 > maxLength) {
      batches.push(current)
      current = ''
    }
    current = current ? `${current} ${tag}` : tag
  }
  if (current) batches.push(current)
  return batches
}

let lastWarning = 0

/** A proxy that cannot be reached keeps its copies until their short TTL ends; we say so, at most once a minute. */
function warnOnce(message: string): void {
  if (Date.now() - lastWarning < 60_000) return
  lastWarning = Date.now()
  console.warn(message)
}

/** Drops every page tagged with one of `tags` from each proxy; never throws. */
export async function purgeProxy(tags: readonly string[], env: Record<string, string | undefined> = process.env): Promise<void> {
  const urls = proxyPurgeUrls(env)
  const batches = purgeBatches(tags)
  if (urls.length === 0 || batches.length === 0) return
  await Promise.all(
    urls.flatMap((url) =>
      batches.map(async (keys) => {
        try {
          const response = await fetch(url, { method: 'PURGE', headers: { 'xkey-purge': keys }, signal: AbortSignal.timeout(2000) })
          if (!response.ok) warnOnce(`Proxy purge at ${url} answered ${response.status}.`)
        } catch (error) {
          warnOnce(`Proxy purge at ${url} failed: ${error instanceof Error ? error.message : String(error)}`)
        }
      }),
    ),
  )
}
