import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { nestedRequest } from '@/utilities/nestedRequest'
import { recordTransition } from '../workflow/history'

/** Per document: a bulk publish saves several in parallel on one request. */
const newCorrectionsKey = (id: unknown) => `newsroomNewCorrections:${String(id)}`

/** When an edition is published, which of its correction notes readers have not seen yet. */
export const findNewCorrections: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published' || !originalDoc?.id) return data
  const corrections = data.corrections ?? originalDoc.corrections ?? []
  if (corrections.length === 0) return data
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  const live = await req.payload
    .findByID({ collection: 'articles', id: originalDoc.id, locale, draft: false, overrideAccess: true, depth: 0, select: { corrections: true }, req: nestedRequest(req) })
    .catch(() => null)
  const seen = new Set((live?.corrections ?? []).map((c) => c.id))
  const fresh = corrections.filter((c) => !c.id || !seen.has(c.id))
  if (fresh.length > 0) req.context[newCorrectionsKey(originalDoc.id)] = fresh.map((c) => `${c.kind}: ${c.text ?? ''}`.slice(0, 200))
  return data
}

/** Each published correction is a line in the article's history. */
export const recordCorrections: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  const fresh = req.context[newCorrectionsKey(doc.id)] as string[] | undefined
  if (!fresh) return doc
  delete req.context[newCorrectionsKey(doc.id)]
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  for (const note of fresh) await recordTransition(req, { article: doc.id, locale, from: null, to: 'correction', note })
  return doc
}
