import { afterAll, beforeAll, expect, test } from 'vitest'

import { startTestPayload, type TestPayload } from '@/testing/payload'
import { articles } from './data'
import { checkDemoData } from '@/testing/demoDataCheck'
import { seedDemoNewsroom } from './seed'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await seedDemoNewsroom(t.payload)
}, 300_000)
afterAll(async () => t?.close())

const publicTitles = async (locale: 'vi' | 'en' | 'zh') =>
  (await t.payload.find({ collection: 'articles', locale, overrideAccess: false, fallbackLocale: false, limit: 200, depth: 0 })).docs.map(
    (doc) => doc.title,
  )

test('the demo data is consistent', () => {
  expect(checkDemoData()).toEqual([])
})

test('the demo newsroom is what the product promises: 30+ articles, 4+ sections, every role', async () => {
  const { totalDocs } = await t.payload.count({ collection: 'articles' })
  expect(totalDocs).toBe(articles.length)
  expect(totalDocs).toBeGreaterThanOrEqual(30)
  expect((await t.payload.count({ collection: 'sections' })).totalDocs).toBeGreaterThanOrEqual(4)
  const roles = (await t.payload.find({ collection: 'users', limit: 10 })).docs.map((u) => u.role).sort()
  expect(roles).toEqual(['admin', 'editor', 'reporter', 'translator'])
  const media = await t.payload.find({ collection: 'media', limit: 200 })
  expect(media.docs.every((m) => Boolean(m.credit || m.agency) && m.sizes?.card?.url)).toBe(true)
})

test('drafts and translations in progress stay hidden; published editions show', async () => {
  const drafts = articles.filter((a) => a.status === 'draft')
  expect(drafts.length).toBeGreaterThan(0)
  const vi = await publicTitles('vi')
  const en = await publicTitles('en')
  const zh = await publicTitles('zh')
  for (const draft of drafts) expect(vi).not.toContain(draft.editions.vi.title)
  expect(vi.length).toBe(articles.filter((a) => a.status === 'published').length)
  expect(en.some((title) => title?.startsWith('Translation in progress'))).toBe(false)
  const enPublished = articles.filter((a) => a.status === 'published' && a.editions.en && a.editions.en.status !== 'draft')
  expect(en.length).toBe(enPublished.length)
  expect(zh.length).toBe(articles.filter((a) => a.status === 'published' && a.editions.zh && a.editions.zh.status !== 'draft').length)
  expect(vi.some((title) => /Bản nháp/.test(title ?? ''))).toBe(false)
})

test('loading it again creates nothing twice', async () => {
  const before = await Promise.all(
    (['articles', 'media', 'users', 'sections', 'tags', 'authors'] as const).map((c) => t.payload.count({ collection: c })),
  )
  const report = await seedDemoNewsroom(t.payload)
  expect(report.skipped).toBe(true)
  const after = await Promise.all(
    (['articles', 'media', 'users', 'sections', 'tags', 'authors'] as const).map((c) => t.payload.count({ collection: c })),
  )
  expect(after).toEqual(before)
})

test('after the admin renamed the demo account, loading again re-creates no demo login', async () => {
  const [admin] = (await t.payload.find({ collection: 'users', where: { email: { equals: 'admin@newsroom.test' } }, depth: 0 })).docs
  await t.payload.update({ collection: 'users', id: admin.id, data: { email: 'chief@paper.test', password: 'a-new-long-password' } })
  const report = await seedDemoNewsroom(t.payload)
  expect(report.skipped).toBe(true)
  expect(report.created.users).toBe(0)
  const demoAdmin = await t.payload.find({ collection: 'users', where: { email: { equals: 'admin@newsroom.test' } }, depth: 0 })
  expect(demoAdmin.totalDocs).toBe(0)
  const renamed = await t.payload.login({ collection: 'users', data: { email: 'chief@paper.test', password: 'a-new-long-password' } })
  expect(renamed.user?.role).toBe('admin')
  await t.payload.update({ collection: 'users', id: admin.id, data: { email: 'admin@newsroom.test', password: 'newsroom-admin' } })
})

test('the seed fills the search index: demo articles are found without diacritics, drafts are not', async () => {
  const { searchArticles } = await import('@/search/search')
  const titles = async (locale: 'vi' | 'en' | 'zh', q: string) =>
    (await searchArticles(t.payload, locale, q)).hits.map((hit) => hit.title.map((s) => s.text).join(''))
  const vi = await titles('vi', 'da nang')
  expect(vi).toContain('3.000 tình nguyện viên làm sạch bờ biển Đà Nẵng')
  expect(await titles('vi', 'ĐÀ NẴNG')).toEqual(vi)
  expect(await titles('vi', 'ha noi')).not.toContain('Bản nháp: Hà Nội điều chỉnh 12 tuyến xe buýt để kết nối metro ven sông')
  expect(await titles('zh', '湄公河')).toEqual(expect.arrayContaining(['湄公河三角洲冬春稻喜获丰收', '湄公河论坛探讨水资源数据共享']))
})

test('the editions of the Rạch Sen story carry their own source, and the English one its own photo, related order and outside link', async () => {
  const { docs } = await t.payload.find({
    collection: 'articles',
    locale: 'vi',
    depth: 0,
    where: { slug: { equals: 'hcm-flood-drainage' } },
    limit: 1,
  })
  const find = (locale: 'vi' | 'en' | 'zh') =>
    t.payload.findByID({ collection: 'articles', id: docs[0].id, locale, fallbackLocale: false, depth: 1 })
  const [vi, en, zh] = await Promise.all([find('vi'), find('en'), find('zh')])
  expect([vi.source?.outlet, en.source?.outlet, zh.source?.outlet]).toEqual(['Vietnam+', 'NDO', '越通社'])
  const filename = (doc: typeof vi) => (typeof doc.heroImage === 'object' ? doc.heroImage?.filename : undefined)
  expect([filename(vi), filename(en), filename(zh)]).toEqual([
    'demo-tidal-sluice.jpg',
    'demo-canal-bank-residents.jpg',
    'demo-tidal-sluice.jpg',
  ])
  const relatedIds = (doc: typeof vi) => (doc.related ?? []).map((r) => (typeof r === 'object' ? r.id : r))
  expect(relatedIds(vi)).toHaveLength(2)
  expect(relatedIds(en)).toEqual([...relatedIds(vi)].reverse())
  expect(relatedIds(zh)).toEqual(relatedIds(vi))
  const outside = (en.body?.root.children ?? [])
    .map((node) => (node as { fields?: { target?: string; url?: string } }).fields)
    .filter((f) => f?.target === 'external')
  expect(outside).toEqual([expect.objectContaining({ url: 'https://example.org/ndo/anti-flooding-projects' })])
})
