import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`section_publishedAt_idx\` ON \`articles\` (\`section_id\`,\`published_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_section_version_publishedAt_idx\` ON \`_articles_v\` (\`version_section_id\`,\`version_published_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`section_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_section_version_publishedAt_idx\`;`)
}
