import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { newerInSection, olderInSection, relatedArticles } from './articles'
import { homePlacements } from './placements'

let t: TestPayload
let payload: Payload
let news: number
let sport: number
let tagA: number
let tagB: number

const hour = 60 * 60 * 1000
const base = Date.parse('2026-10-01T00:00:00.000Z')

type Make = {
  title: string
  section: number
  tags?: number[]
  hoursAfter: number
  en?: string | 'draft'
  publish?: boolean
  related?: number[]
}

async function make({ title, section, tags = [], hoursAfter, en, publish = true, related = [] }: Make): Promise<number> {
  const doc = await payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: {
      title,
      lead: `Sapo ${title}`,
      section,
      tags,
      related,
      publishedAt: new Date(base + hoursAfter * hour).toISOString(),
      _status: 'draft',
    },
  })
  if (en) {
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { title: en === 'draft' ? `EN draft ${title}` : en },
    })
  }
  if (publish) {
    await publishEdition(payload, doc.id, 'vi')
    if (en && en !== 'draft') await publishEdition(payload, doc.id, 'en')
  }
  return doc.id
}

const titles = (cards: { title: string }[]) => cards.map((card) => card.title)

let subject: number
let picked1: number
let picked2: number
let sharesTag: number
let draft: number

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  news = (await createSection(payload, 'tin-tuc')).id
  sport = (await createSection(payload, 'the-thao')).id
  tagA = (await payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Hà Nội' } })).id
  tagB = (await payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Giao thông' } })).id

  await make({ title: 'Bóng đá cuối tuần', section: sport, hoursAfter: 1, en: 'Weekend football' })
  await make({ title: 'Tin cùng mục cũ', section: news, hoursAfter: 2, en: 'Older same section' })
  sharesTag = await make({ title: 'Bài chung thẻ', section: sport, tags: [tagA], hoursAfter: 3, en: 'draft' })
  draft = await make({ title: 'Nháp chung thẻ', section: news, tags: [tagA, tagB], hoursAfter: 4, publish: false })
  picked2 = await make({ title: 'Chọn tay hai', section: sport, hoursAfter: 5, en: 'Picked two' })
  picked1 = await make({ title: 'Chọn tay một', section: sport, hoursAfter: 6 })
  subject = await make({
    title: 'Bài chính',
    section: news,
    tags: [tagA],
    hoursAfter: 10,
    en: 'The article',
    related: [picked1, picked2, draft],
  })
  await make({ title: 'Tin mới hơn một', section: news, hoursAfter: 11 })
  await make({ title: 'Tin mới hơn hai', section: news, hoursAfter: 12, en: 'Newer two' })
  await make({ title: 'Tin mục khác mới', section: sport, hoursAfter: 13 })
})
afterAll(async () => t?.close())

const subjectRef = () => ({
  id: subject,
  publishedAt: new Date(base + 10 * hour).toISOString(),
  section: news,
  tags: [tagA],
  related: [picked1, picked2, draft],
})

describe('related news', () => {
  test('editors’ picks first in their order, then shared tags, then the same section; never itself, a draft or a duplicate', async () => {
    const cards = await relatedArticles(payload, 'vi', subjectRef(), 6)
    expect(titles(cards).slice(0, 2)).toEqual(['Chọn tay một', 'Chọn tay hai'])
    expect(titles(cards)[2]).toBe('Bài chung thẻ')
    expect(titles(cards)).toContain('Tin cùng mục cũ')
    expect(titles(cards)).not.toContain('Bài chính')
    expect(titles(cards)).not.toContain('Nháp chung thẻ')
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length)
    expect(cards.every((card) => card.href.startsWith('/vi/'))).toBe(true)
  })

  test('in English, only editions published in English', async () => {
    const cards = await relatedArticles(payload, 'en', subjectRef(), 6)
    expect(titles(cards)[0]).toBe('Picked two')
    expect(titles(cards)).not.toContain('Chọn tay một')
    expect(titles(cards).some((title) => title.startsWith('EN draft'))).toBe(false)
    expect(titles(cards)).toContain('Older same section')
  })

  test('stops at the slot count', async () => {
    expect(await relatedArticles(payload, 'vi', subjectRef(), 2)).toHaveLength(2)
  })
})

describe('newer and other news of the section', () => {
  test('newer: later articles of the same section, closest first', async () => {
    expect(titles(await newerInSection(payload, 'vi', subjectRef(), 5))).toEqual(['Tin mới hơn một', 'Tin mới hơn hai'])
    expect(titles(await newerInSection(payload, 'en', subjectRef(), 5))).toEqual(['Newer two'])
  })

  test('other: older articles of the same section, paginated', async () => {
    const ref = { id: subject, section: news, publishedAt: new Date(base + 10 * hour).toISOString() }
    const first = await olderInSection(payload, 'vi', ref, 1, 1)
    expect(titles(first.items)).toEqual(['Tin cùng mục cũ'])
    expect(first.totalPages).toBe(1)
    expect((await olderInSection(payload, 'vi', ref, 2, 1)).items).toEqual([])
  })
})

describe('home placements', () => {
  test('picks in order, skipped where not published in the locale, empty slots filled without duplicates', async () => {
    const place = (key: 'topStory' | 'featured' | 'recommended', articles: number[]) =>
      payload.create({ collection: 'placements', data: { key, rule: 'latest', picks: articles.map((article) => ({ article })) } })
    await place('topStory', [picked1])
    await place('featured', [picked2, draft])
    await place('recommended', [sharesTag])
    const vi = await homePlacements(payload, 'vi', { featured: 3, lists: 3 })
    expect(vi.topStory?.title).toBe('Chọn tay một')
    expect(titles(vi.featured)[0]).toBe('Chọn tay hai')
    expect(vi.featured).toHaveLength(3)
    expect(titles(vi.featured)).not.toContain('Chọn tay một')
    expect(titles(vi.featured)).not.toContain('Nháp chung thẻ')
    expect(titles(vi.recommended)[0]).toBe('Bài chung thẻ')
    for (const list of [vi.featured, vi.recommended, vi.youMayBeInterested]) expect(new Set(list.map((c) => c.id)).size).toBe(list.length)

    const en = await homePlacements(payload, 'en', { featured: 3, lists: 3 })
    // The top pick has no English edition: the latest English article takes the slot.
    expect(en.topStory?.title).toBe('Newer two')
    expect(titles(en.recommended)).not.toContain('EN draft Bài chung thẻ')
  })
})
