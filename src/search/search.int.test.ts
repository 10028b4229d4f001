import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { backfillSearchIndex } from '@/db/backfillSearchIndex'
import { toLexicalBody } from '@/seed/lexical'
import { createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { searchArticles, searchPageSize } from './search'

let t: TestPayload
let payload: Payload
let section: number

const hour = 60 * 60 * 1000
const base = Date.parse('2026-09-01T00:00:00.000Z')
const noIds = { photo: () => 0, article: () => 0 }

type Make = { title: string; lead?: string; body?: string; hoursAfter: number; publish?: boolean; zh?: string }

async function make({ title, lead = '', body = '', hoursAfter, publish = true, zh }: Make): Promise<number> {
  const doc = await payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: {
      title,
      lead,
      body: toLexicalBody(body ? [{ type: 'p', text: body }] : [], noIds),
      section,
      publishedAt: new Date(base + hoursAfter * hour).toISOString(),
      _status: 'draft',
    },
  })
  if (zh) await payload.update({ collection: 'articles', id: doc.id, locale: 'zh', draft: true, data: { title: zh, lead: `${zh}。导语` } })
  if (publish) {
    await publishEdition(payload, doc.id, 'vi')
    if (zh) await publishEdition(payload, doc.id, 'zh')
  }
  return doc.id
}

const headlines = async (locale: 'vi' | 'en' | 'zh', q: string, page = 1) =>
  (await searchArticles(payload, locale, q, page)).hits.map((hit) => hit.title.map((s) => s.text).join(''))

let inTitleOld: number
let inTitleNew: number
let inBody: number

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  section = (await createSection(payload, 'thoi-su')).id
  inTitleOld = await make({ title: 'Hà Nội mở thêm tuyến buýt', lead: 'Tuyến mới nối hai quận.', hoursAfter: 1 })
  inBody = await make({ title: 'Giao thông dịp lễ', lead: 'Đường đông đúc.', body: 'Tại HÀ NỘI, lượng xe tăng mạnh.', hoursAfter: 5 })
  inTitleNew = await make({ title: 'Mưa lớn ở Hà Nội', lead: 'Nhiều tuyến phố ngập.', hoursAfter: 3 })
  await make({ title: 'Nhà nội trú mới ở Huế', lead: 'Học sinh vui mừng.', hoursAfter: 4 })
  await make({ title: 'Hà Nội chuẩn bị (nháp)', lead: 'Bản nháp.', hoursAfter: 6, publish: false })
  await make({ title: 'Đường sắt Bắc Nam', lead: 'Dự án lớn.', hoursAfter: 2, zh: '越南经济增长强劲' })
})

afterAll(async () => {
  await t?.close()
})

describe('site search', () => {
  test('"ha noi", "HÀ NỘI" and "Hà Nội" find the same articles, headline matches first, then newest', async () => {
    const expected = ['Mưa lớn ở Hà Nội', 'Hà Nội mở thêm tuyến buýt', 'Giao thông dịp lễ']
    expect(await headlines('vi', 'ha noi')).toEqual(expected)
    expect(await headlines('vi', 'HÀ NỘI')).toEqual(expected)
    expect(await headlines('vi', 'Hà Nội')).toEqual(expected)
    // "nhà nội" holds "ha noi" only inside words: not a match.
    expect(await headlines('vi', 'ha noi')).not.toContain('Nhà nội trú mới ở Huế')
  })

  test('"đ" folds to "d" in the text and in the query', async () => {
    expect(await headlines('vi', 'duong sat')).toEqual(['Đường sắt Bắc Nam'])
    expect(await headlines('vi', 'ĐƯỜNG SẮT')).toEqual(['Đường sắt Bắc Nam'])
  })

  test('Chinese matches substrings, only in the Chinese edition', async () => {
    expect(await headlines('zh', '经济')).toEqual(['越南经济增长强劲'])
    expect(await headlines('zh', '增长强')).toEqual(['越南经济增长强劲'])
    expect(await headlines('vi', '经济')).toEqual([])
    expect(await headlines('en', 'duong')).toEqual([])
  })

  test('matched words are highlighted in the original text; a body match shows a passage', async () => {
    const result = await searchArticles(payload, 'vi', 'ha noi')
    const body = result.hits.find((hit) => hit.id === inBody)
    expect(body?.passage?.filter((s) => s.match).map((s) => s.text)).toEqual(['HÀ NỘI'])
    const title = result.hits.find((hit) => hit.id === inTitleNew)
    expect(title?.title.filter((s) => s.match).map((s) => s.text)).toEqual(['Hà Nội'])
    expect(title?.href).toMatch(/^\/vi\/thoi-su\//)
    expect(result.hits.map((hit) => hit.id)).toContain(inTitleOld)
  })

  test('words found apart when the phrase is nowhere', async () => {
    const result = await searchArticles(payload, 'vi', 'xe hà nội tăng')
    expect(result.mode).toBe('words')
    expect(result.hits.map((hit) => hit.id)).toEqual([inBody])
  })

  test('blank, symbols-only and 10 KB queries are answered, not refused', async () => {
    for (const q of ['', '   ', '%%% ### !!!', undefined]) {
      const result = await searchArticles(payload, 'vi', q)
      expect(result.status).toBe('empty')
      expect(result.hits).toEqual([])
    }
    const huge = await searchArticles(payload, 'vi', 'Hà Nội '.repeat(1500))
    expect(huge.status).toBe('ok')
    expect(huge.query.raw.length).toBeLessThanOrEqual(200)
    const wildcards = await searchArticles(payload, 'vi', '_ % \\')
    expect(wildcards.status).toBe('empty')
  })

  test('a draft never shows; published it shows; unpublished it disappears', async () => {
    expect(await headlines('vi', 'chuẩn bị')).toEqual([])
    const id = await make({ title: 'Hồ Tây mùa sen', lead: 'Sen nở.', hoursAfter: 7, publish: false })
    expect(await headlines('vi', 'ho tay')).toEqual([])
    await publishEdition(payload, id, 'vi')
    expect(await headlines('vi', 'ho tay')).toEqual(['Hồ Tây mùa sen'])
    await payload.update({ collection: 'articles', id, locale: 'vi', data: { _status: 'draft' } })
    expect(await headlines('vi', 'ho tay')).toEqual([])
  })

  test('a newer draft of a published edition is not searchable until published', async () => {
    const id = await make({ title: 'Cầu Long Biên', lead: 'Cây cầu cũ.', hoursAfter: 8 })
    await payload.update({ collection: 'articles', id, locale: 'vi', draft: true, data: { title: 'Cầu Long Biên sửa chữa lớn' } })
    expect(await headlines('vi', 'sua chua')).toEqual([])
    expect(await headlines('vi', 'long bien')).toEqual(['Cầu Long Biên'])
  })

  test('the index is not exposed in what the API returns', async () => {
    const doc = await payload.findByID({ collection: 'articles', id: inTitleNew, locale: 'vi', overrideAccess: false })
    expect(doc).not.toHaveProperty('searchText')
    expect(doc).not.toHaveProperty('searchTitle')
  })

  test('pages hold headline matches first, then the rest, without repeats', async () => {
    for (let i = 0; i < searchPageSize + 2; i += 1) {
      await make({ title: `Tin ${i}`, lead: `Sự kiện ở Sa Pa số ${i}.`, hoursAfter: 20 + i })
    }
    await make({ title: 'Sa Pa đón tuyết', lead: 'Lạnh.', hoursAfter: 10 })
    const first = await searchArticles(payload, 'vi', 'sa pa', 1)
    const second = await searchArticles(payload, 'vi', 'sa pa', 2)
    expect(first.total).toBe(searchPageSize + 3)
    expect(first.totalPages).toBe(2)
    expect(first.hits[0].title.map((s) => s.text).join('')).toBe('Sa Pa đón tuyết')
    const all = [...first.hits, ...second.hits].map((hit) => hit.id)
    expect(new Set(all).size).toBe(searchPageSize + 3)
    expect((await searchArticles(payload, 'vi', 'sa pa', 99)).hits).toEqual([])
  })

  test('past the cap a reader can page through, the count stops and says "more", without counting the archive', async () => {
    const counted = vi.spyOn(payload, 'count')
    const capped = await searchArticles(payload, 'vi', 'sa pa', 1, { maxResults: 5 })
    expect(capped.total).toBe(5)
    expect(capped.more).toBe(true)
    expect(capped.totalPages).toBe(1)
    expect(capped.hits).toHaveLength(5)
    const exact = await searchArticles(payload, 'vi', 'sa pa', 1, { maxResults: searchPageSize + 3 })
    expect(exact.total).toBe(searchPageSize + 3)
    expect(exact.more).toBe(false)
    expect(counted).not.toHaveBeenCalled()
    counted.mockRestore()
  })

  test('the migration fills the index of articles saved before it existed (SQLite)', async () => {
    await make({ title: 'Phố cổ Hội An', lead: 'Đèn lồng.', body: 'Sông Hoài về đêm.', hoursAfter: 40 })
    const db = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
    await db.run(sql`UPDATE articles_locales SET search_title = NULL, search_text = NULL`)
    await db.run(sql`UPDATE _articles_v_locales SET version_search_title = NULL, version_search_text = NULL`)
    expect(await headlines('vi', 'hoi an')).toEqual([])
    await backfillSearchIndex(db)
    expect(await headlines('vi', 'hoi an')).toEqual(['Phố cổ Hội An'])
    expect(await headlines('vi', 'song hoai')).toEqual(['Phố cổ Hội An'])
  })
})
