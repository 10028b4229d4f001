import type { CollectionBeforeChangeHook } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { isEditionLive } from '../save/editions'

/**
 * The first publication fixes the article's date; publishing an edition that is already live (an
 * update or a correction) stamps that edition's revision time, which the page shows as "updated".
 * Whether it is live is read from the published copy: the latest version is usually the draft
 * the editor is publishing, whose own status says "draft".
 */
export const stampPublicationTimes: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const now = new Date().toISOString()
  const stamped = { ...data }
  if (!data.publishedAt && !originalDoc?.publishedAt) stamped.publishedAt = now
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  if (originalDoc?.id && (await isEditionLive(req, originalDoc.id, locale))) stamped.revisedAt = now
  return stamped
}
