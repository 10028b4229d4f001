import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillTagFoldedNames } from '../backfillTagFoldedNames'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tags\` ADD \`folded_name\` text;`)
  await db.run(sql`CREATE INDEX \`tags_folded_name_idx\` ON \`tags\` (\`folded_name\`);`)
  await backfillTagFoldedNames(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tags_folded_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`tags\` DROP COLUMN \`folded_name\`;`)
}
