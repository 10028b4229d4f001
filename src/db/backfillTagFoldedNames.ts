import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { searchTextOf } from '@/hooks/searchAcrossLocales'

type Row = { id: number; names: string | null }

/** Fills the folded names of tags saved before the field existed (SQLite); new saves keep it by the collection hook. */
export async function backfillTagFoldedNames(db: MigrateUpArgs['db']): Promise<void> {
  const rows = (await db.all(
    sql`SELECT _parent_id AS id, group_concat(name, char(31)) AS names FROM tags_locales GROUP BY _parent_id`,
  )) as Row[]
  for (const row of rows) {
    await db.run(sql`UPDATE tags SET folded_name = ${searchTextOf((row.names ?? '').split('\u001f'))} WHERE id = ${row.id}`)
  }
}
