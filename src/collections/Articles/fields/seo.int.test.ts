import type { Field } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { articleBySlug, editionLinks } from '@/content/queries/articles'
import { articleMetadata } from '@/seo/metadata'
import { createDraftArticle, createSection, expectFieldError, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
let section: number
beforeAll(async () => {
  t = await startTestPayload()
  section = (await createSection(t.payload)).id
})
afterAll(async () => t?.close())

const named = (fields: Field[], name: string) => fields.find((field) => 'name' in field && field.name === name)

test("editors get the SEO plugin's counters and search-result preview on the articles' own meta fields, per edition", () => {
  const meta = named(t.payload.collections.articles.config.fields, 'meta')
  expect(meta?.type).toBe('group')
  const fields = meta && 'fields' in meta ? meta.fields : []
  for (const [name, component] of [
    ['title', 'MetaTitleComponent'],
    ['description', 'MetaDescriptionComponent'],
    ['preview', 'PreviewComponent'],
  ]) {
    const field = named(fields, name)
    expect(JSON.stringify(field?.admin?.components)).toContain(`@payloadcms/plugin-seo/client#${component}`)
    if (name !== 'preview') expect(field).toMatchObject({ localized: true })
  }
})

test('page metadata uses each edition’s own SEO title and description; a title past the limit is refused', async () => {
  const draft = await createDraftArticle(t.payload, section, 'Lễ hội pháo hoa')
  await t.payload.update({
    collection: 'articles',
    id: draft.id,
    locale: 'vi',
    data: { meta: { title: 'Pháo hoa Đà Nẵng: lịch bắn', description: 'Giờ bắn và chỗ xem.' }, _status: 'published' },
    publishSpecificLocale: 'vi',
  })
  await t.payload.update({
    collection: 'articles',
    id: draft.id,
    locale: 'en',
    draft: true,
    data: { title: 'Fireworks festival', meta: { title: 'Da Nang fireworks: the schedule', description: 'When and where to watch.' } },
  })
  await publishEdition(t.payload, draft.id, 'en')

  const editions = await editionLinks(t.payload, draft.id)
  for (const [locale, title, description] of [
    ['vi', 'Pháo hoa Đà Nẵng: lịch bắn', 'Giờ bắn và chỗ xem.'],
    ['en', 'Da Nang fireworks: the schedule', 'When and where to watch.'],
  ] as const) {
    const article = await articleBySlug(t.payload, locale, editions[locale]!.split('/').at(-1)!)
    const metadata = articleMetadata(article!, locale, editions[locale]!, editions)
    expect({ title: metadata.title, description: metadata.description }).toEqual({ title, description })
  }

  await expectFieldError(
    t.payload.update({ collection: 'articles', id: draft.id, locale: 'vi', data: { meta: { title: 'x'.repeat(111) } } }),
    'meta.title',
    /110/,
  )
})
