import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { ruleMessages } from '@/errors/messages'
import { refusalResponse } from '@/errors/refuse'
import { isLocale } from '@/i18n/locales'
import { parseDocId } from '@/utilities/docId'
import { claimEdition, releaseEdition } from './holds'
import { holdRenewMs } from './rules'

function target(req: PayloadRequest) {
  const id = parseDocId(req.routeParams?.id)
  const locale = req.routeParams?.locale
  return id !== undefined && isLocale(locale) ? { id, locale } : null
}

async function exists(req: PayloadRequest, id: NonNullable<ReturnType<typeof target>>['id']): Promise<boolean> {
  const found = await req.payload.count({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: true, req })
  return found.totalDocs > 0
}

/**
 * The editor page asks for its edition when it opens and every 5 s while it stays open (typing
 * or not); `{"takeOver": true}` takes it from whoever holds it. DELETE lets it go when the page closes.
 */
export const holdEndpoints: Endpoint[] = [
  {
    path: '/:id/hold/:locale',
    method: 'post',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return refusalResponse(req, 401, ruleMessages.staffOnly)
      const edition = target(req)
      if (!edition || !(await exists(req, edition.id))) return refusalResponse(req, 404, ruleMessages.unknownArticleOrLanguage)
      const body = (await req.json?.().catch(() => ({}))) as { takeOver?: unknown } | undefined
      const decision = await claimEdition(req, edition.id, edition.locale, body?.takeOver === true)
      return Response.json({ ...decision, renewEveryMs: holdRenewMs })
    },
  },
  {
    path: '/:id/hold/:locale',
    method: 'delete',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return refusalResponse(req, 401, ruleMessages.staffOnly)
      const edition = target(req)
      if (!edition) return refusalResponse(req, 404, ruleMessages.unknownArticleOrLanguage)
      await releaseEdition(req, edition.id, edition.locale)
      return Response.json({ released: true })
    },
  },
]
