import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { parseDocId, type DocId } from '@/utilities/docId'
import { markTranslationUpToDate, startTranslation, translationStatus, translationsToDo } from './desk'

function staffOnly(handler: (req: PayloadRequest, id: DocId) => Promise<Response>): Endpoint['handler'] {
  return async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ error: 'Log in as newsroom staff.' }, { status: 401 })
    const id = parseDocId(req.routeParams?.id)
    if (id === undefined) return Response.json({ error: 'Unknown article.' }, { status: 404 })
    return handler(req, id)
  }
}

/** The translation desk's API, used by the panel on the article and the "translations to do" view. */
export const translationEndpoints: Endpoint[] = [
  {
    path: '/translations/todo',
    method: 'get',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return Response.json({ error: 'Log in as newsroom staff.' }, { status: 401 })
      return Response.json({ docs: await translationsToDo(req.payload) })
    },
  },
  {
    path: '/:id/translations',
    method: 'get',
    handler: staffOnly(async (req, id) => Response.json({ editions: await translationStatus(req.payload, id) })),
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
