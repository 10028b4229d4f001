import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** The first publication fixes the article's date; later updates keep it. */
export const stampPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
