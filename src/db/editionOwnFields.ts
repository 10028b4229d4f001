import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

/**
 * Hero photo, source attribution and related articles used to be one value per article; they are
 * now each edition's own (docs/per-locale-publication.md). This copies the article's value into
 * every edition it has (a row in the locales table), in the documents and in their versions
 * (drafts are read from the versions), so no edition loses what its readers saw. Runs on SQLite,
 * inside the migration, after the per-edition columns exist and before the shared ones go.
 */
export async function copySharedValuesIntoEditions(db: MigrateUpArgs['db']): Promise<void> {
  await db.run(sql`
    UPDATE articles_locales SET
      hero_image_id = (SELECT a.hero_image_id FROM articles a WHERE a.id = articles_locales._parent_id),
      source_outlet = (SELECT a.source_outlet FROM articles a WHERE a.id = articles_locales._parent_id),
      source_url = (SELECT a.source_url FROM articles a WHERE a.id = articles_locales._parent_id)
  `)
  await db.run(sql`
    UPDATE _articles_v_locales SET
      version_hero_image_id = (SELECT v.version_hero_image_id FROM _articles_v v WHERE v.id = _articles_v_locales._parent_id),
      version_source_outlet = (SELECT v.version_source_outlet FROM _articles_v v WHERE v.id = _articles_v_locales._parent_id),
      version_source_url = (SELECT v.version_source_url FROM _articles_v v WHERE v.id = _articles_v_locales._parent_id)
  `)
  // One ordered related list per edition, each a copy of the shared one, in the same order.
  await db.run(sql`
    INSERT INTO articles_rels ("order", parent_id, path, articles_id, locale)
    SELECT r."order", r.parent_id, r.path, r.articles_id, l._locale
    FROM articles_rels r JOIN articles_locales l ON l._parent_id = r.parent_id
    WHERE r.path = 'related' AND r.locale IS NULL
  `)
  await db.run(sql`DELETE FROM articles_rels WHERE path = 'related' AND locale IS NULL`)
  await db.run(sql`
    INSERT INTO _articles_v_rels ("order", parent_id, path, articles_id, locale)
    SELECT r."order", r.parent_id, r.path, r.articles_id, l._locale
    FROM _articles_v_rels r JOIN _articles_v_locales l ON l._parent_id = r.parent_id
    WHERE r.path = 'version.related' AND r.locale IS NULL
  `)
  await db.run(sql`DELETE FROM _articles_v_rels WHERE path = 'version.related' AND locale IS NULL`)
}

/** Undoes the above: the shared columns take the Vietnamese (source) edition's values. */
export async function copySourceEditionValuesBack(db: MigrateUpArgs['db']): Promise<void> {
  await db.run(sql`
    UPDATE articles SET
      hero_image_id = (SELECT l.hero_image_id FROM articles_locales l WHERE l._parent_id = articles.id AND l._locale = 'vi'),
      source_outlet = (SELECT l.source_outlet FROM articles_locales l WHERE l._parent_id = articles.id AND l._locale = 'vi'),
      source_url = (SELECT l.source_url FROM articles_locales l WHERE l._parent_id = articles.id AND l._locale = 'vi')
  `)
  await db.run(sql`
    UPDATE _articles_v SET
      version_hero_image_id = (SELECT l.version_hero_image_id FROM _articles_v_locales l WHERE l._parent_id = _articles_v.id AND l._locale = 'vi'),
      version_source_outlet = (SELECT l.version_source_outlet FROM _articles_v_locales l WHERE l._parent_id = _articles_v.id AND l._locale = 'vi'),
      version_source_url = (SELECT l.version_source_url FROM _articles_v_locales l WHERE l._parent_id = _articles_v.id AND l._locale = 'vi')
  `)
  await db.run(sql`DELETE FROM articles_rels WHERE path = 'related' AND locale IS NOT NULL AND locale <> 'vi'`)
  await db.run(sql`UPDATE articles_rels SET locale = NULL WHERE path = 'related'`)
  await db.run(sql`DELETE FROM _articles_v_rels WHERE path = 'version.related' AND locale IS NOT NULL AND locale <> 'vi'`)
  await db.run(sql`UPDATE _articles_v_rels SET locale = NULL WHERE path = 'version.related'`)
}
