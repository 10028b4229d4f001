/**
 * The site's cache handler (src/cache/routeCacheHandler.mjs: Next's own file-system cache that
 * never stores 404s or redirects), with three additions for running several instances behind a
 * caching proxy (docs/deployment.md):
 *
 * 1. Every cached page and route response carries its cache tags as surrogate keys (`xkey`), so
 *    the proxy can drop exactly the pages a tag covers.
 * 2. Expiring tags on one instance is broadcast to every other instance over Redis pub/sub
 *    (REDIS_URL); each one expires them in its own cache, then purges the proxy. The purge comes
 *    after each instance's own expiry, so the proxy cannot re-fetch an old page from an instance
 *    that has not heard of the change yet. Each instance expires and purges once more a moment
 *    later (`settleMs`): a render or a proxy fetch already under way when the tags expired may
 *    finish after the expiry with what it read before it, and would otherwise be kept as new.
 * 3. NEWSROOM_CACHE_DIR gives an instance its own cache directory (instances sharing one
 *    checkout must not write into each other's cache).
 *
 * Next loads this file itself at start (next.config.mjs `cacheHandler`), natively, on Node 24
 * (type stripping): relative imports with their extension, no path aliases, erasable types only.
 */
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { hostname } from 'node:os'
import path from 'node:path'

import type FileSystemCacheClass from 'next/dist/server/lib/incremental-cache/file-system-cache'
import { createClient } from 'redis'

import { purgePageMemory } from './pageMemory.ts'
import { purgeProxy } from './proxy.ts'
import RouteCacheHandler from './routeCacheHandler.mjs'

const require = createRequire(import.meta.url)
const FileSystemCache = (require('next/dist/server/lib/incremental-cache/file-system-cache.js') as { default: typeof FileSystemCacheClass })
  .default
/** routeCacheHandler.mjs extends Next's FileSystemCache; plain JS, so its type is stated here. */
const SiteCacheHandler = RouteCacheHandler as unknown as typeof FileSystemCacheClass

type Context = ConstructorParameters<typeof FileSystemCacheClass>[0]
type SetArgs = Parameters<FileSystemCacheClass['set']>
type Durations = { expire?: number }
type Broadcast = { from: string; tags: string[]; durations?: Durations }
type Bus = { publish(message: Broadcast): Promise<unknown> }
type Headers = Record<string, string | string[] | number | undefined>

const channel = 'newsroom:revalidate'
const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
const tagsHeader = 'x-next-cache-tags'

/** Tags of what this instance holds: expired all at once when it may have missed broadcasts. */
const heldTags = new Set<string>()
const maxHeldTags = 20_000

function hold(tags: Iterable<string>): void {
  for (const tag of tags) if (heldTags.size < maxHeldTags) heldTags.add(tag)
}

/** Next's tags header (comma-separated) as Varnish xkey surrogate keys (space-separated). */
export function addSurrogateKeys(headers: Headers | undefined): void {
  const tags = headers?.[tagsHeader]
  if (!headers || typeof tags !== 'string') return
  const keys = tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag && !/\s/.test(tag))
  hold(keys)
  headers.xkey = keys.join(' ')
}

function headersOf(value: unknown): Headers | undefined {
  if (!value || typeof value !== 'object') return undefined
  const { kind, headers } = value as { kind?: string; headers?: Headers }
  return kind === 'APP_PAGE' || kind === 'APP_ROUTE' ? headers : undefined
}

/**
 * A cached page's HTML as UTF-8 bytes, converted once, where Next keeps a string. Vietnamese and
 * Chinese text makes the string two-byte, and Node then measured (Content-Length) and encoded the
 * whole page on every response: a third of the CPU a cached page cost. Next sends bytes as they are.
 */
export function keepHtmlAsBytes(value: unknown): void {
  if (!value || typeof value !== 'object') return
  const page = value as { kind?: string; html?: unknown }
  if (page.kind === 'APP_PAGE' && typeof page.html === 'string') page.html = Buffer.from(page.html, 'utf8')
}

/** The process's first handler: tags are kept process-wide by Next, any instance expires them. */
let local: FileSystemCacheClass | undefined
let bus: Promise<Bus | undefined> | undefined

function warn(message: string, error?: unknown): void {
  console.warn(`[newsroom cache] ${message}${error instanceof Error ? `: ${error.message}` : ''}`)
}

/** Long enough for a render or proxy fetch under way at the expiry to have finished. */
const settleMs = Number(process.env.NEWSROOM_CACHE_SETTLE_MS || 1000)

/**
 * Expires the tags in this process and purges the proxy; an immediate expiry once more after
 * `settleMs`. Background refreshes (Next's "max" profile: stale, rebuilt while readers get the old
 * page; src/cache/invalidate.ts) are marked once: they are rate-limited on purpose.
 */
async function expireHere(tags: string[], durations?: Durations): Promise<void> {
  if (!local) return
  const instance = local
  // The pages in memory (src/cache/pageMemory.ts) go with the tags: before, so no request from
  // now on is answered from memory, and after, in case one kept a page while the expiry was written.
  purgePageMemory(tags)
  await FileSystemCache.prototype.revalidateTag.call(instance, tags, durations)
  purgePageMemory(tags)
  await purgeProxy(tags)
  if (durations?.expire) return
  setTimeout(() => {
    FileSystemCache.prototype.revalidateTag
      .call(instance, tags, durations)
      .then(() => {
        purgePageMemory(tags)
        return purgeProxy(tags)
      })
      .catch((error: unknown) => warn('expiring again failed', error))
  }, settleMs).unref()
}

async function expireBroadcast(raw: string): Promise<void> {
  let message: Broadcast
  try {
    message = JSON.parse(raw) as Broadcast
  } catch {
    return
  }
  if (message.from === instanceId || !Array.isArray(message.tags)) return
  await expireHere(
    message.tags.filter((tag): tag is string => typeof tag === 'string'),
    message.durations,
  )
}

/** Connects once per process, on the first cache use; without REDIS_URL this instance is alone. */
function connectBus(): Promise<Bus | undefined> {
  const url = process.env.REDIS_URL
  if (!url) return Promise.resolve(undefined)
  bus ??= (async () => {
    const publisher = createClient({ url })
    const subscriber = publisher.duplicate()
    publisher.on('error', (error: unknown) => warn('Redis (publish)', error))
    subscriber.on('error', (error: unknown) => warn('Redis (subscribe)', error))
    // After a lost connection, revalidations sent meanwhile were missed: expire everything held.
    let connections = 0
    subscriber.on('ready', () => {
      connections += 1
      if (connections > 1) expireHere([...heldTags]).catch((error: unknown) => warn('expiring after a reconnect failed', error))
    })
    await Promise.all([publisher.connect(), subscriber.connect()])
    await subscriber.subscribe(channel, (raw: string) => {
      expireBroadcast(raw).catch((error: unknown) => warn('expiring a broadcast failed', error))
    })
    return { publish: (message: Broadcast) => publisher.publish(channel, JSON.stringify(message)) }
  })().catch((error: unknown) => {
    warn('no Redis: revalidations stay on this instance', error)
    bus = undefined
    return undefined
  })
  return bus
}

export default class NewsroomCacheHandler extends SiteCacheHandler {
  constructor(ctx: Context) {
    const dir = process.env.NEWSROOM_CACHE_DIR
    super(dir ? { ...ctx, serverDistDir: path.join(path.resolve(dir), 'server') } : ctx)
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the handler Next made is the one broadcasts expire into
    local ??= this
    void connectBus()
  }

  async get(...args: Parameters<FileSystemCacheClass['get']>): ReturnType<FileSystemCacheClass['get']> {
    const entry = await super.get(...args)
    const headers = headersOf(entry?.value)
    if (headers && !headers.xkey) addSurrogateKeys(headers)
    keepHtmlAsBytes(entry?.value)
    return entry
  }

  async set(...[key, data, ctx]: SetArgs): Promise<void> {
    addSurrogateKeys(headersOf(data))
    if ('tags' in ctx && Array.isArray(ctx.tags)) hold(ctx.tags)
    return super.set(key, data, ctx)
  }

  async revalidateTag(tags: string | string[], durations?: Durations): Promise<void> {
    const list = typeof tags === 'string' ? [tags] : tags
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the handler Next made is the one broadcasts expire into
    local ??= this
    await expireHere(list, durations)
    const connected = await connectBus()
    await connected
      ?.publish({ from: instanceId, tags: list, durations })
      .catch((error: unknown) => warn('publishing a revalidation failed', error))
  }
}
