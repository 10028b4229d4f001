import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { photosOf } from '@/collections/Articles/fields/photos'
import type { Article } from '@/payload-types'

type Row = { parent: number; locale: string; hero: number | null; body: string | null }

function parseBody(body: string | null): Article['body'] {
  if (!body) return null
  try {
    return JSON.parse(body) as Article['body']
  } catch {
    return null
  }
}

/**
 * Fills each edition's photo index (hero + body photos) for articles saved before it existed, on
 * SQLite: the rule "a photo on a live page is changed by editors only" reads it. New saves keep it
 * through the collection hook; MongoDB databases start after this change.
 */
export async function backfillPhotos(db: MigrateUpArgs['db']): Promise<void> {
  const editions = (await db.all(
    sql`SELECT _parent_id AS parent, _locale AS locale, hero_image_id AS hero, body FROM articles_locales`,
  )) as Row[]
  for (const edition of editions) {
    const ids = photosOf({ heroImage: edition.hero, body: parseBody(edition.body) })
    for (const [order, mediaId] of ids.entries()) {
      await db.run(
        sql`INSERT INTO articles_rels ("order", parent_id, path, locale, media_id) SELECT ${order + 1}, ${edition.parent}, 'photos', ${edition.locale}, ${mediaId} WHERE EXISTS (SELECT 1 FROM media WHERE id = ${mediaId})`,
      )
    }
  }
}
