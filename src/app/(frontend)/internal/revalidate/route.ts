import { expireInProcess, revalidationSecret } from '@/cache/invalidate'
import { isCacheTag } from '@/cache/tags'
import { sameSecret } from '@/utilities/sameSecret'

const knownTags = (value: unknown) => (Array.isArray(value) ? value.filter(isCacheTag) : [])

/**
 * Lets code running outside a request (jobs, scripts) refresh the site's caches:
 * {"tags": [...]} expire now, {"background": [...]} are refreshed while readers get the old page.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameSecret(request.headers.get('x-revalidate-secret'), revalidationSecret())) {
    return Response.json({ error: 'Not allowed.' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown; background?: unknown } | null
  const now = knownTags(body?.tags)
  const background = knownTags(body?.background)
  if (now.length === 0 && background.length === 0) {
    return Response.json(
      { error: 'Give the tags to refresh: {"tags": ["articles"]} (now) or {"background": ["widgets:vi"]}.' },
      { status: 400 },
    )
  }
  expireInProcess({ now, background })
  return Response.json({ revalidated: now, background })
}
