import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { ruleMessages } from '@/errors/messages'
import { refusalResponse } from '@/errors/refuse'
import { parseDocId, type DocId } from '@/utilities/docId'
import { sourceTextFor } from './sourceText'
import { markTranslationUpToDate, startTranslation, translationStatus, translationsToDo } from './desk'

function staffOnly(handler: (req: PayloadRequest, id: DocId) => Promise<Response>): Endpoint['handler'] {
  return async (req) => {
    if (!isStaffUser(req.user)) return refusalResponse(req, 401, ruleMessages.staffOnly)
    const id = parseDocId(req.routeParams?.id)
    if (id === undefined) return refusalResponse(req, 404, ruleMessages.unknownArticle)
    return handler(req, id)
  }
}

/** The translation desk's API, used by the panel on the article and the "translations to do" view. */
export const translationEndpoints: Endpoint[] = [
  {
    path: '/translations/todo',
    method: 'get',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return refusalResponse(req, 401, ruleMessages.staffOnly)
      return Response.json({ docs: await translationsToDo(req.payload) })
    },
  },
  {
    path: '/:id/translations',
    method: 'get',
    handler: staffOnly(async (req, id) => Response.json({ editions: await translationStatus(req.payload, id) })),
  },
  {
    // The side-by-side view: the source edition's text beside a translation, with what changed since it was last synced.
    path: '/:id/translations/:locale/source',
    method: 'get',
    handler: staffOnly(async (req, id) => {
      const locale = String(req.routeParams?.locale)
      if (locale !== 'en' && locale !== 'zh') return refusalResponse(req, 400, ruleMessages.translationTarget)
      return Response.json(await sourceTextFor(req, id, locale))
    }),
  },
  {
    path: '/:id/translations/:locale/start',
    method: 'post',
    handler: staffOnly(async (req, id) => {
      await startTranslation(req, id, String(req.routeParams?.locale))
      return Response.json({ editions: await translationStatus(req.payload, id) })
    }),
  },
  {
    path: '/:id/translations/:locale/up-to-date',
    method: 'post',
    handler: staffOnly(async (req, id) => {
      await markTranslationUpToDate(req, id, String(req.routeParams?.locale))
      return Response.json({ editions: await translationStatus(req.payload, id) })
    }),
  },
]
