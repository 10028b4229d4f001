import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

export type ViewBucket = { bucket: string; article: number; locale: Locale; hour: string }

/**
 * Adds to a bucket's count in one statement of the database itself (SQL `views = views + n`,
 * MongoDB `$inc`): several instances counting the same article at once lose nothing, which a read
 * then a write of the sum did.
 */
async function incrementBucket(payload: Payload, bucket: string, views: number): Promise<boolean> {
  if (payload.db.name === 'sqlite') {
    const result = (await payload.db.drizzle.run(sql`UPDATE page_views SET views = views + ${views} WHERE bucket = ${bucket}`)) as {
      rowsAffected?: number
    }
    return (result.rowsAffected ?? 0) > 0
  }
  if (payload.db.name === 'mongoose') {
    const model = (
      payload.db as unknown as {
        collections: Record<string, { updateOne(filter: object, update: object): Promise<{ matchedCount: number }> }>
      }
    ).collections['page-views']
    const result = await model.updateOne({ bucket }, { $inc: { views } })
    return result.matchedCount > 0
  }
  throw new Error(`No atomic page-view increment for the ${payload.db.name} adapter.`)
}

/** Adds `views` to the bucket, creating it on its first view; safe with several writers. */
export async function addPageViews(payload: Payload, entry: ViewBucket, views: number): Promise<void> {
  if (await incrementBucket(payload, entry.bucket, views)) return
  try {
    await payload.create({ collection: 'page-views', data: { ...entry, views }, overrideAccess: true, depth: 0 })
  } catch (error) {
    // Another instance created the bucket between our update and our insert (the bucket is unique).
    if (await incrementBucket(payload, entry.bucket, views)) return
    throw error
  }
}
