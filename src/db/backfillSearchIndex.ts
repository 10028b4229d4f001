import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { searchIndexOf } from '@/collections/Articles/fields/search'

type Row = { id: number; title: string | null; lead: string | null; body: string | null }

/**
 * Fills the search index (searchTitle/searchText) of articles saved before it existed, in the
 * documents and in their versions, on SQLite. New saves fill it through the field hooks; MongoDB
 * databases start after this change. Called from the migration that adds the columns.
 */
export async function backfillSearchIndex(db: MigrateUpArgs['db']): Promise<void> {
  const main = (await db.all(sql`SELECT id, title, lead, body FROM articles_locales WHERE search_text IS NULL`)) as Row[]
  for (const row of main) {
    const index = searchIndexOf({ title: row.title, lead: row.lead, body: parseBody(row.body) })
    await db.run(
      sql`UPDATE articles_locales SET search_title = ${index.searchTitle}, search_text = ${index.searchText} WHERE id = ${row.id}`,
    )
  }
  const versions = (await db.all(
    sql`SELECT id, version_title AS title, version_lead AS lead, version_body AS body FROM _articles_v_locales WHERE version_search_text IS NULL`,
  )) as Row[]
  for (const row of versions) {
    const index = searchIndexOf({ title: row.title, lead: row.lead, body: parseBody(row.body) })
    await db.run(
      sql`UPDATE _articles_v_locales SET version_search_title = ${index.searchTitle}, version_search_text = ${index.searchText} WHERE id = ${row.id}`,
    )
  }
}

function parseBody(body: string | null): unknown {
  if (!body) return null
  try {
    return JSON.parse(body)
  } catch {
    return null
  }
}
