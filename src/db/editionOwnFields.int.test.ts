import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import { getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { migrations } from '@/db/migrations'
import type { Article } from '@/payload-types'

/**
 * The migration that made hero photo, source and related list per edition, run on a database
 * built by the migrations before it, holding articles written with the shared values.
 */
const perEdition = migrations.findIndex((migration) => migration.name.endsWith('editions_own_hero_source_related'))

let payload: Payload
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsroom-migration-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'newsroom-test-secret'
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations.slice(0, perEdition) as unknown as Migration[] })
  await writeSharedData((payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle)
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
})
afterAll(async () => {
  await payload?.destroy()
  await rm(dir, { recursive: true, force: true })
})

/** Article 1 (vi and en published, zh never written) with a photo, a source and related [3, 2]; its latest draft relates [2] only. */
async function writeSharedData(db: MigrateUpArgs['db']) {
  await db.run(sql`INSERT INTO media (id, filename, url) VALUES (7, 'ben-nha-rong.png', '/media/ben-nha-rong.png')`)
  await db.run(sql`INSERT INTO media_locales (alt, _locale, _parent_id) VALUES ('Bến Nhà Rồng', 'vi', 7)`)
  await db.run(sql`INSERT INTO sections (id, slug) VALUES (1, 'xa-hoi')`)
  await db.run(sql`INSERT INTO sections_locales (name, _locale, _parent_id) VALUES ('Xã hội', 'vi', 1), ('Society', 'en', 1)`)
  await db.run(sql`INSERT INTO tags (id, slug) VALUES (5, 'ha-noi')`)
  await db.run(sql`INSERT INTO tags_locales (name, _locale, _parent_id) VALUES ('Hà Nội', 'vi', 5)`)
  await db.run(sql`INSERT INTO articles (id, section_id, hero_image_id, source_outlet, source_url, published_at) VALUES
    (1, 1, 7, 'Vietnam+', 'https://www.vietnamplus.vn/bai', '2026-11-01T00:00:00.000Z'),
    (2, 1, NULL, NULL, NULL, '2026-10-01T00:00:00.000Z'),
    (3, 1, NULL, NULL, NULL, '2026-09-01T00:00:00.000Z')`)
  for (const id of [1, 2, 3]) {
    await db.run(sql`INSERT INTO articles_locales (title, slug, _status, workflow_state, _locale, _parent_id) VALUES
      (${`Bài ${id}`}, ${`bai-${id}`}, 'published', 'published', 'vi', ${id}),
      (${`Story ${id}`}, ${`story-${id}`}, 'published', 'published', 'en', ${id})`)
  }
  await db.run(sql`INSERT INTO articles_rels ("order", parent_id, path, articles_id, tags_id) VALUES
    (1, 1, 'related', 3, NULL), (2, 1, 'related', 2, NULL), (1, 1, 'tags', NULL, 5)`)
  await db.run(sql`INSERT INTO _articles_v (id, parent_id, version_section_id, version_hero_image_id, version_source_outlet, version_source_url, version_created_at, version_updated_at, latest) VALUES
    (10, 1, 1, 7, 'Vietnam+', 'https://www.vietnamplus.vn/bai', '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z', 1)`)
  await db.run(sql`INSERT INTO _articles_v_locales (version_title, version_slug, version__status, _locale, _parent_id) VALUES
    ('Bài 1 (sửa)', 'bai-1', 'draft', 'vi', 10), ('Story 1', 'story-1', 'published', 'en', 10)`)
  await db.run(sql`INSERT INTO _articles_v_rels ("order", parent_id, path, articles_id, tags_id) VALUES
    (1, 10, 'version.related', 2, NULL), (1, 10, 'version.tags', NULL, 5)`)
}

const read = (locale: 'vi' | 'en' | 'zh', draft = false) =>
  payload.findByID({
    collection: 'articles',
    id: 1,
    locale,
    draft,
    depth: 0,
    fallbackLocale: false,
    overrideAccess: true,
  }) as Promise<Article>

describe('migration: hero photo, source and related become each edition’s own', () => {
  test('every edition of the published copy keeps what its readers saw', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const doc = await read(locale)
      expect(doc.heroImage).toBe(7)
      expect(doc.source).toMatchObject({ outlet: 'Vietnam+', url: 'https://www.vietnamplus.vn/bai' })
      expect(doc.related).toEqual([3, 2])
      // Shared fields and the editions' own text survive the rebuilt tables.
      expect(doc.tags).toEqual([5])
      expect(doc.section).toBe(1)
      expect(doc.title).toBe(locale === 'vi' ? 'Bài 1' : 'Story 1')
    }
  })

  test('drafts, read from the versions, carry the values too', async () => {
    const vi = await read('vi', true)
    expect(vi.title).toBe('Bài 1 (sửa)')
    expect(vi.heroImage).toBe(7)
    expect(vi.source?.outlet).toBe('Vietnam+')
    expect(vi.related).toEqual([2])
    expect(vi.tags).toEqual([5])
    const db = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
    const rows = (await db.all(
      sql`SELECT locale, articles_id FROM _articles_v_rels WHERE parent_id = 10 AND path = 'version.related' ORDER BY locale`,
    )) as { locale: string; articles_id: number }[]
    expect(rows).toEqual([
      { locale: 'en', articles_id: 2 },
      { locale: 'vi', articles_id: 2 },
    ])
  })

  test('an edition never written gets nothing; the editions then change independently', async () => {
    const zh = await read('zh')
    expect(zh.heroImage ?? null).toBeNull()
    expect(zh.related ?? []).toEqual([])
    await payload.update({
      collection: 'articles',
      id: 1,
      locale: 'vi',
      data: { related: [2, 3], source: { outlet: 'Theo TTXVN', url: null } },
      overrideAccess: true,
    })
    expect((await read('vi')).related).toEqual([2, 3])
    expect((await read('en')).related).toEqual([3, 2])
    expect((await read('en')).source?.outlet).toBe('Vietnam+')
  })

  test('rolled back, the shared columns hold the Vietnamese edition’s values', async () => {
    const db = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
    // Later migrations first, newest to oldest, as Payload rolls back.
    for (const migration of migrations.slice(perEdition).reverse()) {
      await migration.down({ db, payload, req: {} } as Parameters<(typeof migrations)[number]['down']>[0])
    }
    expect(await db.all(sql`SELECT hero_image_id, source_outlet FROM articles WHERE id = 1`)).toEqual([
      { hero_image_id: 7, source_outlet: 'Theo TTXVN' },
    ])
    expect(await db.all(sql`SELECT articles_id FROM articles_rels WHERE parent_id = 1 AND path = 'related' ORDER BY "order"`)).toEqual([
      { articles_id: 2 },
      { articles_id: 3 },
    ])
    expect(await db.all(sql`SELECT count(*) AS n FROM articles_locales`)).toEqual([{ n: 6 }])
  })
})
