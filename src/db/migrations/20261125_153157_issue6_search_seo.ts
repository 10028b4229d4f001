import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillSearchIndex } from '../backfillSearchIndex'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`search_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_search_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_search_text\` text;`)
  // Articles saved before the index existed become searchable without being re-saved.
  await backfillSearchIndex(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`meta_description\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`search_title\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_meta_description\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_search_title\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_search_text\`;`)
}
