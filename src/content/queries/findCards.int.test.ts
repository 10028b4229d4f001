import { afterAll, beforeAll, expect, test, vi } from 'vitest'

import { createDraftArticle, createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { findCards } from './common'

let t: TestPayload
let section: number
beforeAll(async () => {
  t = await startTestPayload()
  section = (await createSection(t.payload)).id
  for (const title of ['Một', 'Hai', 'Ba']) {
    const article = await createDraftArticle(t.payload, section, title)
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'vi', data: { publishedAt: new Date().toISOString() } })
    await publishEdition(t.payload, article.id, 'vi')
  }
})
afterAll(async () => t?.close())

test('a widget learns whether there is more without counting the archive', async () => {
  const counted = await findCards(t.payload, 'vi', { where: { section: { equals: section } }, limit: 2 })
  // The database is asked for one page without its total (the count is what grows with the archive).
  const dbFind = vi.spyOn(t.payload.db, 'find')
  const uncounted = await findCards(t.payload, 'vi', { where: { section: { equals: section } }, limit: 2, countPages: false })
  expect(dbFind.mock.calls.filter(([args]) => args.collection === 'articles').map(([args]) => args.pagination)).toEqual([false])
  dbFind.mockRestore()
  expect(uncounted.items.map((card) => card.id)).toEqual(counted.items.map((card) => card.id))
  expect(uncounted.items).toHaveLength(2)
  expect(uncounted.totalPages).toBe(2)
  const all = await findCards(t.payload, 'vi', { where: { section: { equals: section } }, limit: 3, countPages: false })
  expect(all.items).toHaveLength(3)
  expect(all.totalPages).toBe(1)
})
