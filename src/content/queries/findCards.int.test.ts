import { afterAll, beforeAll, expect, test, vi } from 'vitest'

import { createDraftArticle, createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { findCards } from './common'

let t: TestPayload
let section: number
const newestFirst: number[] = []
beforeAll(async () => {
  t = await startTestPayload()
  section = (await createSection(t.payload)).id
  for (const [index, title] of ['Một', 'Hai', 'Ba', 'Bốn', 'Năm'].entries()) {
    const article = await createDraftArticle(t.payload, section, title)
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: { publishedAt: new Date(Date.UTC(2026, 10, 1, index)).toISOString() },
    })
    await publishEdition(t.payload, article.id, 'vi')
    newestFirst.unshift(article.id)
  }
})
afterAll(async () => t?.close())

test('lists page through the archive without counting it, each page knowing whether another follows', async () => {
  const dbFind = vi.spyOn(t.payload.db, 'find')
  const pages = []
  for (const page of [1, 2, 3, 4]) pages.push(await findCards(t.payload, 'vi', { where: { section: { equals: section } }, limit: 2, page }))
  expect(pages.map((p) => p.items.map((card) => card.id))).toEqual([
    newestFirst.slice(0, 2),
    newestFirst.slice(2, 4),
    newestFirst.slice(4),
    [],
  ])
  // totalPages only says whether there is a next page.
  expect(pages.map((p) => p.page < p.totalPages)).toEqual([true, true, false, false])
  // The count is what grows with the archive: no query on articles asks for one.
  const articleQueries = dbFind.mock.calls.filter(([args]) => args.collection === 'articles')
  expect(articleQueries.length).toBeGreaterThan(0)
  expect(articleQueries.every(([args]) => args.pagination === false)).toBe(true)
  dbFind.mockRestore()
})
