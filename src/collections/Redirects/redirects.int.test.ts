import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createReadModel, type PerRender, type QueryCache } from '@/content/readModel'
import type { Article } from '@/payload-types'
import { createDraftArticle, createSection, createStaff, expectFieldError, expectForbidden, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
let sectionSlug: string
let section: number
let editor: StaffUser
let reporter: StaffUser

beforeAll(async () => {
  t = await startTestPayload()
  editor = await createStaff(t.payload, 'editor')
  reporter = await createStaff(t.payload, 'reporter')
  sectionSlug = `doi-song-${Math.random().toString(36).slice(2, 6)}`
  section = (await createSection(t.payload, sectionSlug)).id
})
afterAll(async () => t?.close())

/** The read model as the site uses it, without Next's cache: what a reader asking for `path` is sent to. */
const redirectFor = (path: string) =>
  createReadModel(async () => t.payload, ((_name, run) => run) as QueryCache, ((run) => run) as PerRender).getRedirect(path)

/** An editor changes the Vietnamese slug and publishes, as the admin's Publish button does. */
const publishWithSlug = (id: Article['id'], slug: string) =>
  t.payload.update({
    collection: 'articles',
    id,
    locale: 'vi',
    data: { slug, _status: 'published' },
    publishSpecificLocale: 'vi',
    overrideAccess: false,
    user: editor,
  })

const redirectsFrom = async (from: string) =>
  (await t.payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 })).docs

async function publishedArticle(title: string): Promise<Article> {
  const draft = await createDraftArticle(t.payload, section, title)
  return publishWithSlug(draft.id, draft.slug!)
}

describe('old addresses of an article', () => {
  test('a published edition whose slug changed leaves a redirect from the old address to the current one', async () => {
    const article = await publishedArticle('Bài đổi địa chỉ')
    const old = `/vi/${sectionSlug}/${article.slug}`
    await publishWithSlug(article.id, 'bai-da-doi-dia-chi')

    expect(await redirectFor(old)).toBe(`/vi/${sectionSlug}/bai-da-doi-dia-chi`)
    // Twice more: every old address leads straight to the newest (no chain), and going back to a
    // former slug removes the redirect from it (it would point at itself).
    await publishWithSlug(article.id, 'bai-doi-lan-ba')
    expect(await redirectFor(old)).toBe(`/vi/${sectionSlug}/bai-doi-lan-ba`)
    expect(await redirectFor(`/vi/${sectionSlug}/bai-da-doi-dia-chi`)).toBe(`/vi/${sectionSlug}/bai-doi-lan-ba`)
    await publishWithSlug(article.id, article.slug!)
    expect(await redirectsFrom(old)).toEqual([])
    expect(await redirectFor(`/vi/${sectionSlug}/bai-doi-lan-ba`)).toBe(old)
  })

  test('a draft with a new slug moves nothing until it is published', async () => {
    const article = await publishedArticle('Bài nháp đổi slug')
    const old = `/vi/${sectionSlug}/${article.slug}`
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'vi', draft: true, data: { slug: 'slug-trong-ban-nhap' } })
    expect(await redirectsFrom(old)).toEqual([])
    await publishWithSlug(article.id, 'slug-trong-ban-nhap')
    expect(await redirectFor(old)).toBe(`/vi/${sectionSlug}/slug-trong-ban-nhap`)
  })

  test("an editor's redirect to an address that later moves is pointed at the new address", async () => {
    const article = await publishedArticle('Bài được trỏ tới')
    const typed = await t.payload.create({
      collection: 'redirects',
      overrideAccess: false,
      user: editor,
      data: {
        from: `https://example.com/vi/${sectionSlug}/khuyen-mai/?utm=x`,
        to: { type: 'custom', url: `/vi/${sectionSlug}/${article.slug}` },
      },
    })
    // Stored as readers ask for it: no origin, query or trailing slash.
    expect(typed.from).toBe(`/vi/${sectionSlug}/khuyen-mai`)
    await publishWithSlug(article.id, 'bai-duoc-tro-toi-moi')
    expect(await redirectFor(`/vi/${sectionSlug}/khuyen-mai`)).toBe(`/vi/${sectionSlug}/bai-duoc-tro-toi-moi`)
  })

  test('an unpublished edition is not redirected to', async () => {
    const article = await publishedArticle('Bài gỡ xuống')
    const old = `/vi/${sectionSlug}/${article.slug}`
    await publishWithSlug(article.id, 'bai-go-xuong-moi')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: { _status: 'draft' },
      publishSpecificLocale: 'vi',
    })
    expect(await redirectFor(old)).toBeUndefined()
  })
})

describe('who manages redirects', () => {
  test('editors do; reporters and the public may not even read them', async () => {
    const data = { from: `/vi/${sectionSlug}/tay-tao`, to: { type: 'custom' as const, url: '/vi' } }
    const made = await t.payload.create({ collection: 'redirects', overrideAccess: false, user: editor, data })
    await expectForbidden(t.payload.create({ collection: 'redirects', overrideAccess: false, user: reporter, data }))
    await expectForbidden(t.payload.findByID({ collection: 'redirects', id: made.id, overrideAccess: false }))
    await expectForbidden(t.payload.find({ collection: 'redirects', overrideAccess: false, user: reporter }))
  })

  test('an old address must be an article address', async () => {
    await expectFieldError(
      t.payload.create({
        collection: 'redirects',
        overrideAccess: false,
        user: editor,
        data: { from: '/khuyen-mai', to: { type: 'custom', url: '/vi' } },
      }),
      'from',
      // No admin language on a Local API call: Vietnamese, the newsroom's own.
      /địa chỉ của một bài: \/<ngôn ngữ>\/<chuyên mục>\/<đường dẫn>/,
    )
  })
})
