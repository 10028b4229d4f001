import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { relatedArticles } from './articles'
import { suggestRelated } from './suggestions'

let t: TestPayload
let payload: Payload
let city: number
let economy: number
let rail: number

const base = Date.parse('2026-09-01T00:00:00.000Z')
const hour = 60 * 60 * 1000

async function make(title: string, lead: string, section: number, tags: number[], hoursAfter: number, en?: string): Promise<number> {
  const doc = await payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title, lead, section, tags, publishedAt: new Date(base + hoursAfter * hour).toISOString(), _status: 'draft' },
  })
  await publishEdition(payload, doc.id, 'vi')
  if (en) {
    await payload.update({ collection: 'articles', id: doc.id, locale: 'en', data: { title: en, lead: `${en}.` }, draft: true })
    await publishEdition(payload, doc.id, 'en')
  }
  return doc.id
}

let subject: number
let related: number
let wordsOnly: number
let unrelated: number[]

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  city = (await createSection(payload, 'do-thi')).id
  economy = (await createSection(payload, 'kinh-te')).id
  rail = (await payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Đường sắt đô thị' } })).id
  subject = await make(
    'Hà Nội chạy thử tuyến đường sắt Nhổn – ga Hà Nội',
    'Tuyến tàu điện ngầm đầu tiên của thủ đô.',
    city,
    [rail],
    1,
    'Hanoi trials its metro line',
  )
  related = await make(
    'Đường sắt đô thị Hà Nội sắp đón khách',
    'Tàu điện tuyến Nhổn – ga Hà Nội chạy thử thành công.',
    economy,
    [rail],
    2,
    'Hanoi metro line to open soon',
  )
  // Typed without diacritics, no tag, another section: only the words relate it.
  wordsOnly = await make('Ha Noi duong sat Nhon ga Ha Noi them chuyen', 'Tau dien chay thu', economy, [], 3)
  // Newer and unrelated: recency alone must not put them first.
  unrelated = [
    await make('Giá cà phê tăng mạnh', 'Nông dân Tây Nguyên phấn khởi.', economy, [], 20, 'Coffee prices climb'),
    await make('Xuất khẩu gạo kỷ lục', 'Gạo Việt sang châu Phi.', economy, [], 21, 'Rice exports hit a record'),
    await make('Lễ hội đèn lồng Tokyo', 'Du khách đổ về.', economy, [], 22),
  ]
})
afterAll(async () => t?.close())

describe('suggestions', () => {
  test('an article sharing tags and words ranks above unrelated ones; words alone beat nothing', async () => {
    const out = await suggestRelated(
      payload,
      'vi',
      {
        id: subject,
        title: 'Hà Nội chạy thử tuyến đường sắt Nhổn – ga Hà Nội',
        lead: 'Tuyến tàu điện ngầm đầu tiên của thủ đô.',
        section: city,
        tags: [rail],
      },
      { limit: 10 },
    )
    const order = out.map((entry) => entry.card.id)
    expect(order[0]).toBe(related)
    expect(order[1]).toBe(wordsOnly)
    for (const id of unrelated) expect(order).not.toContain(id)
    expect(order).not.toContain(subject)
  })

  test('a subject typed without diacritics finds the same articles', async () => {
    const out = await suggestRelated(
      payload,
      'vi',
      { id: -1, title: 'ha noi duong sat do thi', lead: 'tau dien nhon ga ha noi', section: null, tags: [] },
      { limit: 10 },
    )
    const order = out.map((entry) => entry.card.id)
    expect(order.slice(0, 3).sort()).toEqual([subject, related, wordsOnly].sort())
    for (const id of unrelated) expect(order).not.toContain(id)
  })

  test('only editions published in the locale; excluded ids stay out', async () => {
    const en = await suggestRelated(
      payload,
      'en',
      { id: subject, title: 'Hanoi trials its metro line', section: city, tags: [rail] },
      { limit: 10, exclude: [] },
    )
    expect(en.map((entry) => entry.card.title)[0]).toBe('Hanoi metro line to open soon')
    expect(en.every((entry) => entry.card.href.startsWith('/en/'))).toBe(true)
    expect(en.map((entry) => entry.card.id)).not.toContain(wordsOnly)
    const without = await suggestRelated(
      payload,
      'vi',
      { id: subject, title: 'Hà Nội đường sắt', section: city, tags: [rail] },
      { limit: 10, exclude: [related] },
    )
    expect(without.map((entry) => entry.card.id)).not.toContain(related)
  })

  test('the Related widget: curated picks first, then the best suggestions, no duplicates', async () => {
    const cards = await relatedArticles(
      payload,
      'vi',
      { id: subject, title: 'Hà Nội chạy thử tuyến đường sắt', section: city, tags: [rail], related: [unrelated[0], related] },
      4,
    )
    expect(cards.map((card) => card.id).slice(0, 3)).toEqual([unrelated[0], related, wordsOnly])
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length)
  })
})
