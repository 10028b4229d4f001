import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_weather_cities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_weather_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_site_settings_weather_cities_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`site_settings_weather_cities_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`site_settings_weather_cities_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_weather_cities_locales\` RENAME TO \`site_settings_weather_cities_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_weather_cities_locales_locale_parent_id_unique\` ON \`site_settings_weather_cities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_weather_cities_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_weather_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_site_settings_weather_cities_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`site_settings_weather_cities_locales\` WHERE "name" IS NOT NULL;`,
  )
  await db.run(sql`DROP TABLE \`site_settings_weather_cities_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_weather_cities_locales\` RENAME TO \`site_settings_weather_cities_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_weather_cities_locales_locale_parent_id_unique\` ON \`site_settings_weather_cities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}
