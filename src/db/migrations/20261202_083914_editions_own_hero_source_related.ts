import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { copySharedValuesIntoEditions, copySourceEditionValuesBack } from '../editionOwnFields'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Per-edition columns first, then today's shared values copied into every edition, then the
  // shared columns go (the tables are rebuilt without them).
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`locale\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`locale\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`hero_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`source_outlet\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_hero_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_source_outlet\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_source_url\` text;`)
  await copySharedValuesIntoEditions(db)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`published_at\` text,
  	\`section_id\` integer,
  	\`all_headlines\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "published_at", "section_id", "all_headlines", "updated_at", "created_at") SELECT "id", "published_at", "section_id", "all_headlines", "updated_at", "created_at" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`section_publishedAt_idx\` ON \`articles\` (\`section_id\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_published_at\` text,
  	\`version_section_id\` integer,
  	\`version_all_headlines\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_published_at", "version_section_id", "version_all_headlines", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_published_at", "version_section_id", "version_all_headlines", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  // Only now: dropping a table with foreign keys on would delete its editions and versions' rows.
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version_section_version_publishedAt_idx\` ON \`_articles_v\` (\`version_section_id\`,\`version_published_at\`);`,
  )
  await db.run(sql`DROP INDEX \`articles_rels_articles_id_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_rels_tags_id_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_rels_authors_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`articles_rels_locale_idx\` ON \`articles_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_tags_id_idx\` ON \`articles_rels\` (\`tags_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_authors_id_idx\` ON \`articles_rels\` (\`authors_id\`,\`locale\`);`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_articles_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_tags_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_authors_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_locale_idx\` ON \`_articles_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_tags_id_idx\` ON \`_articles_v_rels\` (\`tags_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_authors_id_idx\` ON \`_articles_v_rels\` (\`authors_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles_locales\` (\`hero_image_id\`,\`_locale\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v_locales\` (\`version_hero_image_id\`,\`_locale\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The shared columns come back holding the Vietnamese (source) edition's values.
  await db.run(sql`ALTER TABLE \`articles\` ADD \`hero_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_outlet\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_hero_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_outlet\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_url\` text;`)
  await copySourceEditionValuesBack(db)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`revised_at\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`search_title\` text,
  	\`search_text\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`scheduled_for\` text,
  	\`source_fingerprint\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles_locales\`("title", "lead", "body", "slug", "revised_at", "meta_title", "meta_description", "search_title", "search_text", "workflow_state", "scheduled_for", "source_fingerprint", "_status", "id", "_locale", "_parent_id") SELECT "title", "lead", "body", "slug", "revised_at", "meta_title", "meta_description", "search_title", "search_text", "workflow_state", "scheduled_for", "source_fingerprint", "_status", "id", "_locale", "_parent_id" FROM \`articles_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_locales\` RENAME TO \`articles_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles_locales\` (\`workflow_state\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_scheduled_for_idx\` ON \`articles_locales\` (\`scheduled_for\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_revised_at\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_search_title\` text,
  	\`version_search_text\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_scheduled_for\` text,
  	\`version_source_fingerprint\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v_locales\`("version_title", "version_lead", "version_body", "version_slug", "version_revised_at", "version_meta_title", "version_meta_description", "version_search_title", "version_search_text", "version_workflow_state", "version_scheduled_for", "version_source_fingerprint", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_lead", "version_body", "version_slug", "version_revised_at", "version_meta_title", "version_meta_description", "version_search_title", "version_search_text", "version_workflow_state", "version_scheduled_for", "version_source_fingerprint", "version__status", "id", "_locale", "_parent_id" FROM \`_articles_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_locales\` RENAME TO \`_articles_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v_locales\` (\`version_workflow_state\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_scheduled_for_idx\` ON \`_articles_v_locales\` (\`version_scheduled_for\`,\`_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`DROP INDEX \`articles_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_rels_articles_id_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_rels_tags_id_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_rels_authors_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_tags_id_idx\` ON \`articles_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_authors_id_idx\` ON \`articles_rels\` (\`authors_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_articles_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_tags_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_authors_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_tags_id_idx\` ON \`_articles_v_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_authors_id_idx\` ON \`_articles_v_rels\` (\`authors_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
}
