import { afterAll, beforeAll, expect, test } from 'vitest'

import { createDraftArticle, createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

test('an article that had readers can be deleted, and its view counts go with it', async () => {
  const section = await createSection(t.payload)
  const article = await createDraftArticle(t.payload, section.id, 'Bài có người đọc')
  await publishEdition(t.payload, article.id, 'vi')
  // Publishing recorded a workflow transition, which must not block the delete either.
  expect(
    (await t.payload.count({ collection: 'article-transitions', where: { article: { equals: article.id } }, overrideAccess: true }))
      .totalDocs,
  ).toBeGreaterThan(0)
  const hour = new Date('2026-11-25T10:00:00Z').toISOString()
  await t.payload.create({
    collection: 'page-views',
    data: { bucket: `${article.id}:vi:${hour}`, article: article.id, locale: 'vi', hour, views: 3 },
    overrideAccess: true,
  })
  await t.payload.delete({ collection: 'articles', id: article.id })
  expect((await t.payload.count({ collection: 'articles', where: { id: { equals: article.id } } })).totalDocs).toBe(0)
  expect((await t.payload.count({ collection: 'page-views', overrideAccess: true })).totalDocs).toBe(0)
  expect((await t.payload.count({ collection: 'article-transitions', overrideAccess: true })).totalDocs).toBe(0)
})
