import { timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { revalidationSecret } from '@/cache/invalidate'
import { cacheTags, type CacheTag } from '@/cache/tags'

const knownTags = new Set<string>(Object.values(cacheTags))

function sameSecret(given: string | null): boolean {
  const expected = Buffer.from(revalidationSecret())
  const actual = Buffer.from(given ?? '')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** Lets code running outside a request (jobs, scripts) refresh the site's caches. */
export async function POST(request: Request): Promise<Response> {
  if (!sameSecret(request.headers.get('x-revalidate-secret'))) {
    return Response.json({ error: 'Not allowed.' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is CacheTag => typeof tag === 'string' && knownTags.has(tag)) : []
  if (tags.length === 0) return Response.json({ error: 'Give the tags to refresh: {"tags": ["articles"]}.' }, { status: 400 })
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
