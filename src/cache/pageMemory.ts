/**
 * Cached pages answered from memory, before Next's request pipeline (docs/page-memory.md).
 *
 * Serving a page Next already has cached still costs Next's whole pipeline per request: route
 * matching, the config's header rules, the route-cache lookup, the response. Here, a page Next
 * answered from its cache (`x-nextjs-cache: HIT`) is kept as it was sent (status, headers, bytes)
 * and the same request is answered with it: a map lookup and a write. It behaves as the caching
 * proxy of a deployment does (deploy/varnish), inside each instance:
 *
 * - only what a shared cache may keep: GET, 200, `s-maxage`, no cookie set, tagged (`xkey`);
 * - never for a request that Next answers differently: a query string, draft mode, router (RSC)
 *   requests, on-demand revalidation;
 * - one copy per address and `Accept-Encoding` (Next compresses per request);
 * - dropped when one of its tags expires (`purgePageMemory`, called by the cache handler for every
 *   expiry, this instance's or another's over Redis), and kept at most `maxAgeMs` (1 s) in any
 *   case, so a page refreshed on a timer (most read, a pick's expiry) is never older than Next's
 *   own copy by more than that;
 * - a copy whose request began before an expiry is not kept (it may hold what was read before).
 *
 * Loaded natively by the server script (scripts/next-server.mjs) and by the Next cache handler:
 * relative imports only, erasable types only. The two may be separate module instances, so the
 * live memory is found through `globalThis`.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

type Stored = {
  status: number
  /** Node's flat raw form, [name, value, name, value, …], ready to write. */
  rawHeaders: string[]
  body: Buffer
  tags: string[]
  expiresAt: number
}

export type PageMemoryOptions = {
  /** Bytes of page bodies kept; the least recently served go first. */
  maxBytes: number
  /** The longest a copy is answered from memory without Next seeing the request. */
  maxAgeMs: number
  now?: () => number
}

/** Headers that belong to one connection or one response, never replayed. */
const notReplayed = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date'])

/** Requests Next answers other than with the cached page: the router's, draft mode, revalidation. */
const bypassHeaders = [
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'x-prerender-revalidate',
  'x-nextjs-data',
]
const draftCookies = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/

/** Whether a request may be answered with a stored page at all (and its answer stored). */
export function isMemorable(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const url = req.url ?? ''
  if (!url.startsWith('/') || url.includes('?')) return false
  if (url.startsWith('/_next/') || url.startsWith('/api/') || url.startsWith('/admin') || url.startsWith('/internal/')) return false
  for (const name of bypassHeaders) if (req.headers[name] !== undefined) return false
  const cookie = req.headers.cookie
  return !(cookie && draftCookies.test(cookie))
}

function keyOf(req: IncomingMessage): string {
  const encoding = req.headers['accept-encoding']
  return `${req.url}\n${Array.isArray(encoding) ? encoding.join(',') : (encoding ?? '')}`
}

function headerText(value: OutgoingHttpHeaders[string]): string {
  if (value === undefined) return ''
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** The tags a copy is dropped with: the surrogate keys the cache handler adds to every cached page. */
export function tagsOfResponse(headers: OutgoingHttpHeaders): string[] {
  return headerText(headers.xkey).split(/\s+/).filter(Boolean)
}

/** Whether a response is one a shared cache may keep, and for how long Next says (seconds). */
export function sharedMaxAge(status: number, headers: OutgoingHttpHeaders): number | undefined {
  if (status !== 200 || headers['set-cookie'] !== undefined) return undefined
  if (headerText(headers['x-nextjs-cache']) !== 'HIT') return undefined
  const control = headerText(headers['cache-control'])
  if (/\b(?:private|no-store|no-cache)\b/.test(control)) return undefined
  const match = /\bs-maxage=(\d+)/.exec(control)
  return match ? Number(match[1]) : undefined
}

export class PageMemory {
  private readonly pages = new Map<string, Stored>()
  private bytes = 0
  /** Counts expiries: an answer whose request began before one is not kept. */
  private generation = 0
  private readonly now: () => number
  private readonly options: PageMemoryOptions

  constructor(options: PageMemoryOptions) {
    this.options = options
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.pages.size
  }

  /**
   * Answers the request from memory if it can (true). Otherwise (false: hand it to Next) watches
   * Next's answer to a request it may keep, and keeps it if a shared cache could.
   */
  answer(req: IncomingMessage, res: ServerResponse): boolean {
    if (!isMemorable(req)) return false
    const key = keyOf(req)
    if (this.serve(req, res, key)) return true
    if (req.method === 'GET') this.capture(res, key)
    return false
  }

  private serve(req: IncomingMessage, res: ServerResponse, key: string): boolean {
    const page = this.pages.get(key)
    if (!page) return false
    if (page.expiresAt <= this.now()) {
      this.forget(key, page)
      return false
    }
    // Most recently served last: the map's order is the eviction order.
    this.pages.delete(key)
    this.pages.set(key, page)
    res.writeHead(page.status, page.rawHeaders)
    res.end(req.method === 'HEAD' ? undefined : page.body)
    return true
  }

  private capture(res: ServerResponse, key: string): void {
    if (this.options.maxBytes <= 0) return
    const startedIn = this.generation
    const chunks: Buffer[] = []
    let maxAge: number | undefined
    let headers: OutgoingHttpHeaders = {}

    // Wrapped for the whole response and never put back: Next's gzip wraps these wrappers in turn,
    // and putting the originals back would take its wrapping off (raw bytes under a gzip header).
    const writeHead = res.writeHead
    const write = res.write
    const end = res.end
    // Node writes the head inside the first write() or end(), after they were called: a chunk is
    // held until the head says whether the answer is kept.
    let decided = false
    const collect = (chunk: unknown, encoding: unknown) => {
      if ((decided && maxAge === undefined) || chunk === undefined || chunk === null || typeof chunk === 'function') return
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
      else if (ArrayBuffer.isView(chunk)) chunks.push(Buffer.copyBytesFrom(chunk as Uint8Array))
    }

    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      const [status, second, third] = args
      const given = typeof second === 'object' && second !== null ? second : third
      headers = { ...res.getHeaders(), ...headersFrom(given) }
      maxAge = sharedMaxAge(Number(status), headers)
      decided = true
      if (maxAge === undefined) chunks.length = 0
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args)
    } as ServerResponse['writeHead']
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0])
      return (write as (...a: unknown[]) => boolean).apply(this, [chunk, ...rest])
    } as ServerResponse['write']
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0])
      return (end as (...a: unknown[]) => ServerResponse).apply(this, [chunk, ...rest])
    } as ServerResponse['end']

    res.once('finish', () => {
      if (maxAge === undefined || startedIn !== this.generation) return
      const tags = tagsOfResponse(headers)
      if (tags.length === 0) return
      const body = Buffer.concat(chunks)
      this.keep(key, {
        status: 200,
        rawHeaders: [...replayedHeaders(headers), 'content-length', String(body.length), 'x-page-memory', 'HIT'],
        body,
        tags,
        expiresAt: this.now() + Math.min(maxAge * 1000, this.options.maxAgeMs),
      })
    })
  }

  /** Drops every copy carrying one of the tags; copies being captured now are not kept. */
  purge(tags: readonly string[]): void {
    this.generation += 1
    if (this.pages.size === 0) return
    const expired = new Set(tags)
    for (const [key, page] of this.pages) if (page.tags.some((tag) => expired.has(tag))) this.forget(key, page)
  }

  private keep(key: string, page: Stored): void {
    if (page.body.length > this.options.maxBytes) return
    const previous = this.pages.get(key)
    if (previous) this.forget(key, previous)
    this.pages.set(key, page)
    this.bytes += page.body.length
    for (const [oldest, stored] of this.pages) {
      if (this.bytes <= this.options.maxBytes) break
      this.forget(oldest, stored)
    }
  }

  private forget(key: string, page: Stored): void {
    this.pages.delete(key)
    this.bytes -= page.body.length
  }
}

function replayedHeaders(headers: OutgoingHttpHeaders): string[] {
  const raw: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || notReplayed.has(name)) continue
    for (const one of Array.isArray(value) ? value : [value]) raw.push(name, String(one))
  }
  return raw
}

function headersFrom(given: unknown): OutgoingHttpHeaders {
  if (!given || typeof given !== 'object') return {}
  const out: OutgoingHttpHeaders = {}
  if (Array.isArray(given)) {
    // Node's flat [name, value, name, value] form.
    for (let i = 0; i + 1 < given.length; i += 2) out[String(given[i]).toLowerCase()] = given[i + 1] as string
    return out
  }
  for (const [name, value] of Object.entries(given as OutgoingHttpHeaders)) out[name.toLowerCase()] = value
  return out
}

const registry = Symbol.for('newsroom.pageMemory')
type WithRegistry = typeof globalThis & { [registry]?: PageMemory }

/** The process's page memory, as configured (PAGE_MEMORY_MB, default 64; 0 turns it off). */
export function startPageMemory(env: Record<string, string | undefined> = process.env): PageMemory | undefined {
  const megabytes = Number(env.PAGE_MEMORY_MB ?? 64)
  if (!Number.isFinite(megabytes) || megabytes <= 0) return undefined
  const memory = new PageMemory({ maxBytes: megabytes * 1024 * 1024, maxAgeMs: 1000 })
  ;(globalThis as WithRegistry)[registry] = memory
  return memory
}

/** Drops the pages of expired tags from this process's memory, if it has one (the cache handler calls it). */
export function purgePageMemory(tags: readonly string[]): void {
  ;(globalThis as WithRegistry)[registry]?.purge(tags)
}
