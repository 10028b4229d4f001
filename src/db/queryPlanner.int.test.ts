import { sql } from '@payloadcms/db-sqlite/drizzle'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { searchArticles } from '@/search/search'
import { seedScale } from '@/seed/scale'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { refreshQueryPlannerStats } from './queryPlanner'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await seedScale(t.payload, 1000, () => {})
}, 300_000)
afterAll(async () => t?.close())

const plan = async (query: ReturnType<typeof sql>) =>
  ((await t.payload.db.drizzle.all(query)) as { detail: string }[]).map((row) => row.detail).join('\n')

// The shape of Payload's list query for "older in this section, newest first".
const sectionList = sql`EXPLAIN QUERY PLAN select distinct a.id, a.published_at from articles a
  left join articles_locales l on (a.id = l._parent_id and l._locale = 'vi')
  where a.section_id = 1 and a.published_at < '2030-01-01' and l._status = 'published'
  order by a.published_at desc limit 6`

// Related news topped up by tags: no section to narrow on, so only statistics save it.
const tagList = sql`EXPLAIN QUERY PLAN select distinct a.id, a.published_at from articles a
  left join articles_locales l on (a.id = l._parent_id and l._locale = 'vi')
  left join articles_rels r on (a.id = r.parent_id and r.path = 'tags')
  where r.tags_id in (1, 2, 3) and l._status = 'published' and a.published_at is not null
  order by a.published_at desc limit 6`

test('section lists read the (section, publishedAt) index in order: no sort of the whole section', async () => {
  const detail = await plan(sectionList)
  expect(detail).toMatch(/section_publishedAt_idx/)
  expect(detail).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
})

test('with statistics, tag lists walk publishedAt in order instead of sorting every published edition', async () => {
  // Forget any statistics (onInit analysed the empty database) and reload the schema.
  await t.payload.db.drizzle.run(sql`DELETE FROM sqlite_stat1`)
  await t.payload.db.drizzle.run(sql`ANALYZE sqlite_schema`)
  expect(await plan(tagList)).toMatch(/TEMP B-TREE FOR ORDER BY/)
  await refreshQueryPlannerStats(t.payload)
  const stats = (await t.payload.db.drizzle.all(sql`select tbl from sqlite_stat1 where tbl = 'articles_locales'`)) as unknown[]
  expect(stats.length).toBeGreaterThan(0)
  expect(await plan(tagList)).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
})

test('seed:scale writes three published editions per article, with tags and related articles', async () => {
  const en = await t.payload.find({ collection: 'articles', locale: 'en', overrideAccess: false, limit: 1, sort: '-publishedAt', depth: 0 })
  expect(en.totalDocs).toBeGreaterThanOrEqual(300)
  const zh = await t.payload.count({ collection: 'articles', locale: 'zh', overrideAccess: false })
  expect(zh.totalDocs).toBeGreaterThanOrEqual(300)
  const doc = en.docs[0]
  expect(doc.slug).toMatch(/^[a-z0-9-]+$/)
  expect(doc.tags?.length).toBeGreaterThan(0)
  expect(doc.related?.length).toBe(3)
})

test('the generated archive is searchable in every language, like articles saved through the admin', async () => {
  for (const [locale, query] of [
    ['vi', 'tang truong xuat khau'],
    ['en', 'grows its exports'],
    ['zh', '出口增长'],
  ] as const) {
    const found = await searchArticles(t.payload, locale, query)
    expect(found.total, `${locale}: ${query}`).toBeGreaterThan(10)
    expect(found.hits[0].title.some((segment) => segment.match)).toBe(true)
  }
})
