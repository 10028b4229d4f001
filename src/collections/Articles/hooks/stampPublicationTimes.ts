import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * The first publication fixes the article's date; publishing an edition again later (an update
 * or a correction) stamps that edition's revision time, which the page shows as "updated".
 */
export const stampPublicationTimes: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const now = new Date().toISOString()
  const stamped = { ...data }
  if (!data.publishedAt && !originalDoc?.publishedAt) stamped.publishedAt = now
  if (originalDoc?._status === 'published') stamped.revisedAt = now
  return stamped
}
