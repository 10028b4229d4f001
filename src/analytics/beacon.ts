import type { Endpoint, Payload } from 'payload'

import { isPublishedEdition } from '@/content/queries/views'
import { isLocale, type Locale } from '@/i18n/locales'
import { parseDocId, type DocId } from '@/utilities/docId'
import { ViewCounter } from './counter'
import { readerOf, viewGate } from './gate'
import { flushOnShutdown } from './shutdown'
import { isBot, isPrefetch } from './visitors'

const globalForCounter = globalThis as typeof globalThis & { newsroomViewCounter?: ViewCounter; newsroomPayload?: Payload }

/** One counter per server process. */
export function viewCounter(payload: Payload): ViewCounter {
  globalForCounter.newsroomPayload = payload
  if (!globalForCounter.newsroomViewCounter) {
    globalForCounter.newsroomViewCounter = new ViewCounter(async () => {
      const current = globalForCounter.newsroomPayload
      if (!current) throw new Error('no Payload instance to write page views with')
      return current
    })
    flushOnShutdown(globalForCounter.newsroomViewCounter)
  }
  return globalForCounter.newsroomViewCounter
}

// A transparent 1×1 GIF.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

function pixelResponse(status = 200): Response {
  return new Response(status === 200 ? pixel : null, {
    status,
    headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0', 'X-Robots-Tag': 'noindex' },
  })
}

/** Recently confirmed (article, locale) pairs, so the beacon does not query for every view. */
const published = new Map<string, number>()
const publishedTtlMs = 60_000

async function isCountable(payload: Payload, article: DocId, locale: Locale): Promise<boolean> {
  const key = `${article}:${locale}`
  const seen = published.get(key)
  if (seen && Date.now() - seen < publishedTtlMs) return true
  const publishedNow = await isPublishedEdition(payload, article, locale)
  if (publishedNow) {
    if (published.size > 10_000) published.clear()
    published.set(key, Date.now())
  }
  return publishedNow
}

/**
 * GET /api/pv?a=<article id>&l=<locale>: the reading page's view beacon, an image so that it
 * needs no JavaScript and survives page caching. Sets no cookie and stores nothing about the
 * reader; bots, prefetches, repeats within the hour and floods are answered but not counted.
 */
export const viewBeaconEndpoint: Endpoint = {
  path: '/pv',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const article = parseDocId(url.searchParams.get('a'))
    const locale = url.searchParams.get('l')
    if (article === undefined || !isLocale(locale)) {
      return Response.json({ error: 'Expected ?a=<article id>&l=<vi|en|zh>.' }, { status: 400 })
    }
    const headers = req.headers
    if (isBot(headers.get('user-agent')) || isPrefetch(headers)) return pixelResponse()
    if (!(await isCountable(req.payload, article, locale))) return pixelResponse()
    // Once per visitor and article per hour, and no floods (src/analytics/gate.ts).
    if (await viewGate().admit(readerOf(headers), article)) viewCounter(req.payload).record(article, locale)
    return pixelResponse()
  },
}
