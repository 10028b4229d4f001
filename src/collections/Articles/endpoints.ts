import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { ruleMessages } from '@/errors/messages'
import { refusalResponse } from '@/errors/refuse'
import { viewFigures } from '@/analytics/views'
import { suggestRelated } from '@/content/queries/suggestions'
import { isLocale } from '@/i18n/locales'
import { parseDocId, type DocId } from '@/utilities/docId'

function refuse(req: PayloadRequest): Response | undefined {
  if (!isStaffUser(req.user)) return refusalResponse(req, 401, ruleMessages.staffOnly)
  return undefined
}

/** Most ids one list request may ask about (the admin list shows at most 100 rows). */
const maxIds = 100

/**
 * GET /api/articles/view-counts?ids=1,2,3 → { "1": { day, week }, … }: the admin list's
 * "Views" column asks once per page, not once per row.
 */
export const viewCountsEndpoint: Endpoint = {
  path: '/view-counts',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const raw = new URL(req.url ?? '', 'http://localhost').searchParams.get('ids') ?? ''
    const ids = raw.split(',').filter(Boolean).map(parseDocId)
    if (ids.length > maxIds || !ids.every((id): id is DocId => id !== undefined)) {
      return Response.json({ error: `Expected ?ids=<up to ${maxIds} article ids, comma-separated>.` }, { status: 400 })
    }
    const figures = await viewFigures(req.payload, ids)
    return Response.json(Object.fromEntries(figures), { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * GET /api/articles/:id/suggestions?locale=vi → related-article suggestions for the editor's
 * sidebar, computed from the saved tags and section and the headline and lead in that locale.
 */
export const suggestionsEndpoint: Endpoint = {
  path: '/:id/suggestions',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const id = parseDocId(req.routeParams?.id)
    const locale = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale') ?? 'vi'
    if (id === undefined || !isLocale(locale)) {
      return Response.json({ error: 'Expected /api/articles/<id>/suggestions?locale=<vi|en|zh>.' }, { status: 400 })
    }
    const article = await req.payload
      .findByID({
        collection: 'articles',
        id,
        locale,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        fallbackLocale: false,
        select: { title: true, lead: true, section: true, tags: true, related: true },
      })
      .catch(() => null)
    if (!article) return Response.json({ error: `No article ${id}.` }, { status: 404 })
    const suggestions = await suggestRelated(req.payload, locale, article, { limit: 10 })
    return Response.json(
      {
        suggestions: suggestions.map(({ card, score }) => ({
          id: card.id,
          title: card.title,
          href: card.href,
          publishedAt: card.publishedAt,
          score: Math.round(score * 100) / 100,
        })),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}

export const articleEndpoints: Endpoint[] = [viewCountsEndpoint, suggestionsEndpoint]
