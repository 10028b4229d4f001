import { afterAll, beforeAll, expect, test } from 'vitest'

import type { Article } from '@/payload-types'
import { createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { articleBySlug } from './articles'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

type Block = { type: string; fields?: { blockType: string; article?: number | Article } }

function relatedLinkTargets(article: Article | undefined): (number | Article | undefined)[] {
  const children = (article?.body?.root.children ?? []) as Block[]
  return children.filter((node) => node.fields?.blockType === 'relatedLink').map((node) => node.fields?.article)
}

test('an inline ">>>" link carries the linked edition only where that edition is published', async () => {
  const section = (await createSection(t.payload, 'tin')).id
  const target = await t.payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title: 'Bài được nhắc tới', section, _status: 'draft' },
  })
  await t.payload.update({
    collection: 'articles',
    id: target.id,
    locale: 'en',
    draft: true,
    data: { title: 'Linked, still a draft in English' },
  })
  await publishEdition(t.payload, target.id, 'vi')

  const body = {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: [
        { type: 'block', version: 2, format: '', fields: { id: 'b1', blockName: '', blockType: 'relatedLink', article: target.id } },
      ],
    },
  }
  const source = await t.payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title: 'Bài có liên kết', section, body, _status: 'draft' },
  })
  await t.payload.update({ collection: 'articles', id: source.id, locale: 'en', draft: true, data: { title: 'Article with a link', body } })
  await publishEdition(t.payload, source.id, 'vi')
  await publishEdition(t.payload, source.id, 'en')

  const vi = await articleBySlug(t.payload, 'vi', 'bai-co-lien-ket')
  const [viTarget] = relatedLinkTargets(vi)
  expect(typeof viTarget === 'object' && viTarget.title).toBe('Bài được nhắc tới')
  expect(typeof viTarget === 'object' && typeof viTarget.section === 'object' && viTarget.section?.slug).toBe('tin')

  const en = await articleBySlug(t.payload, 'en', 'article-with-a-link')
  const [enTarget] = relatedLinkTargets(en)
  // Not populated: the renderer has no headline to show, so the line disappears.
  expect(typeof enTarget).not.toBe('object')
})

test('an inline ">>>" link may point to a story on another site, by headline and http(s) address only', async () => {
  const section = (await createSection(t.payload, 'ngoai')).id
  const external = (url: string) => ({
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: [
        {
          type: 'block',
          version: 2,
          format: '',
          fields: { id: 'x1', blockName: '', blockType: 'relatedLink', target: 'external', headline: 'Other NDO story', url },
        },
      ],
    },
  })
  const article = await t.payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title: 'Bài gốc', section, _status: 'draft' },
  })
  await publishEdition(t.payload, article.id, 'vi')
  const publishEn = (url: string) =>
    t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Story with outside links', body: external(url), _status: 'published' },
      publishSpecificLocale: 'en',
    })
  await expect(publishEn('javascript:alert(1)')).rejects.toMatchObject({ status: 400 })
  await publishEn('https://en.nhandan.vn/other-story-123.html')
  const en = await articleBySlug(t.payload, 'en', 'story-with-outside-links')
  const [block] = ((en?.body?.root.children ?? []) as { fields?: Record<string, unknown> }[]).map((node) => node.fields)
  expect(block).toMatchObject({ target: 'external', headline: 'Other NDO story', url: 'https://en.nhandan.vn/other-story-123.html' })
})
