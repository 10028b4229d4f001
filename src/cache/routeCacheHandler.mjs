// Next's cache handler for this site (next.config.mjs `cacheHandler`): Next's own file-system
// cache, minus the answers whose number is set by visitors rather than by the newsroom.
//
// Every address under /{locale}/… is rendered on demand and cached (ISR). Without this rule a
// crawler asking for 3,000 made-up article addresses left 21,014 files (145 MB) of cached 404
// pages on disk, and nothing ever removed them. A 404 or a redirect costs one indexed query to
// render again, so those are answered fresh each time and never stored. (Data-cache entries are
// bounded at their source: src/content/ never caches a query keyed by what a visitor typed.)
// A deployment with a shared cache (Redis) applies the same `worthStoring` rule in its handler.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

/** Whether a rendered page or route answer may be kept: only successful ones (2xx). */
export function worthStoring(data) {
  if (!data) return true
  if (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE' || data.kind === 'PAGES') {
    const status = data.status ?? 200
    return status >= 200 && status < 300
  }
  return true
}

export default class NewsroomCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (!worthStoring(data)) return
    return super.set(key, data, ctx)
  }
}
