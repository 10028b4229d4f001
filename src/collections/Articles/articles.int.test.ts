import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  createDraftArticle,
  createSection,
  createStaff,
  expectFieldError,
  expectForbidden,
  publishEdition,
  type StaffUser,
} from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
let section: number
const staff = {} as Record<'admin' | 'editor' | 'reporter' | 'translator', StaffUser>

beforeAll(async () => {
  t = await startTestPayload()
  for (const role of ['admin', 'editor', 'reporter', 'translator'] as const) staff[role] = await createStaff(t.payload, role)
  section = (await createSection(t.payload, 'thoi-su')).id
})
afterAll(async () => t?.close())

const publicFind = (locale: 'vi' | 'en' | 'zh', extra: { draft?: boolean } = {}) =>
  t.payload.find({ collection: 'articles', locale, overrideAccess: false, fallbackLocale: false, depth: 0, ...extra })

describe('who may write and publish', () => {
  test.each(['reporter', 'translator'] as const)('a %s can save a draft but not publish', async (role) => {
    const user = staff[role]
    const draft = await t.payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user,
      data: { title: `Bài của ${role}`, section, _status: 'draft' },
    })
    expect(draft.id).toBeTruthy()
    await expectForbidden(
      t.payload.update({ collection: 'articles', id: draft.id, locale: 'vi', overrideAccess: false, user, data: { _status: 'published' } }),
    )
    await expectForbidden(
      t.payload.update({
        collection: 'articles',
        id: draft.id,
        locale: 'vi',
        overrideAccess: false,
        user,
        data: { _status: 'published' },
        publishSpecificLocale: 'vi',
      }),
    )
    await expectForbidden(
      t.payload.create({
        collection: 'articles',
        locale: 'vi',
        overrideAccess: false,
        user,
        data: { title: `Xuất bản thẳng ${role}`, section, _status: 'published' },
      }),
    )
    expect((await publicFind('vi')).docs.map((d) => d.title)).not.toContain(`Bài của ${role}`)
  })

  test.each(['editor', 'admin'] as const)('an %s can publish', async (role) => {
    const user = staff[role]
    const draft = await createDraftArticle(t.payload, section, `Tin do ${role} duyệt`)
    await t.payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'vi',
      overrideAccess: false,
      user,
      data: { _status: 'published' },
      publishSpecificLocale: 'vi',
    })
    expect((await publicFind('vi')).docs.map((d) => d.title)).toContain(`Tin do ${role} duyệt`)
  })

  test('reporters cannot delete; the public cannot write at all', async () => {
    const draft = await createDraftArticle(t.payload, section, 'Không được xoá')
    await expectForbidden(t.payload.delete({ collection: 'articles', id: draft.id, overrideAccess: false, user: staff.reporter }))
    await expectForbidden(
      t.payload.create({ collection: 'articles', locale: 'vi', draft: true, overrideAccess: false, data: { title: 'Ẩn danh', section } }),
    )
  })
})

describe('publication per locale', () => {
  test('publishing the Vietnamese edition leaves an English translation in progress hidden', async () => {
    const article = await createDraftArticle(t.payload, section, 'Hà Nội mở tuyến buýt điện')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'WIP: Hanoi electric bus' },
    })
    await publishEdition(t.payload, article.id, 'vi')

    const vi = await publicFind('vi')
    expect(vi.docs.map((d) => d.title)).toContain('Hà Nội mở tuyến buýt điện')
    const en = await publicFind('en')
    expect(en.docs.map((d) => d.title)).not.toContain('WIP: Hanoi electric bus')
    expect(en.docs.find((d) => d.id === article.id)).toBeUndefined()
    // An edition that was never written is not public either, and never falls back to Vietnamese.
    expect((await publicFind('zh')).docs.find((d) => d.id === article.id)).toBeUndefined()

    await publishEdition(t.payload, article.id, 'en')
    const enAfter = await publicFind('en')
    expect(enAfter.docs.find((d) => d.id === article.id)?.title).toBe('WIP: Hanoi electric bus')
  })

  test('a newer Vietnamese draft does not replace the published text until it is published', async () => {
    const article = await createDraftArticle(t.payload, section, 'Giá lúa tăng')
    await publishEdition(t.payload, article.id, 'vi')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      draft: true,
      data: { title: 'Giá lúa tăng mạnh (nháp)' },
    })
    const found = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'vi', overrideAccess: false, draft: true })
    expect(found.title).toBe('Giá lúa tăng')
  })

  test('unpublishing an edition hides only that edition', async () => {
    const article = await createDraftArticle(t.payload, section, 'Lễ hội hoa')
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { title: 'Flower festival' } })
    await publishEdition(t.payload, article.id, 'vi')
    await publishEdition(t.payload, article.id, 'en')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { _status: 'draft' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect((await publicFind('en')).docs.find((d) => d.id === article.id)).toBeUndefined()
    expect((await publicFind('vi')).docs.find((d) => d.id === article.id)?.title).toBe('Lễ hội hoa')
  })

  test('a published translation with a field left empty shows nothing there, not the Vietnamese text', async () => {
    const article = await createDraftArticle(t.payload, section, 'Cầu mới nối hai bờ')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'A new bridge', lead: null },
    })
    await publishEdition(t.payload, article.id, 'vi')
    await publishEdition(t.payload, article.id, 'en')
    // No fallbackLocale given: what a REST or GraphQL client gets.
    const en = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'en', overrideAccess: false })
    expect(en.title).toBe('A new bridge')
    expect(en.lead ?? '').toBe('')
  })

  test('the public may not ask for every locale at once', async () => {
    await expect(t.payload.find({ collection: 'articles', locale: 'all', overrideAccess: false })).rejects.toThrow(/locale=all/)
    const asStaff = await t.payload.find({ collection: 'articles', locale: 'all', overrideAccess: false, user: staff.translator, limit: 1 })
    expect(asStaff.docs.length).toBe(1)
  })

  test('drafts never reach the public, even when asked for with draft=true', async () => {
    await createDraftArticle(t.payload, section, 'Bản nháp bí mật')
    for (const locale of ['vi', 'en', 'zh'] as const) {
      const result = await publicFind(locale, { draft: true })
      expect(result.docs.map((d) => d.title)).not.toContain('Bản nháp bí mật')
      expect(result.docs.every((d) => d._status === 'published')).toBe(true)
    }
  })
})

describe('slugs', () => {
  test('are made from the headline, folding Vietnamese letters', async () => {
    const article = await createDraftArticle(t.payload, section, 'Đà Nẵng đón khách quốc tế')
    expect(article.slug).toBe('da-nang-don-khach-quoc-te')
  })

  test('are unique within a locale, but an edition may reuse another locale’s slug', async () => {
    const first = await createDraftArticle(t.payload, section, 'Trùng tên bài')
    await expectFieldError(createDraftArticle(t.payload, section, 'Trùng tên bài'), 'slug', /đã được một bài khác dùng/)
    const zh = await t.payload.update({ collection: 'articles', id: first.id, locale: 'zh', draft: true, data: { title: '同名文章' } })
    expect(zh.slug).toBe('trung-ten-bai')
    const other = await createDraftArticle(t.payload, section, 'Bài khác hẳn')
    await expectFieldError(
      t.payload.update({
        collection: 'articles',
        id: other.id,
        locale: 'zh',
        draft: true,
        data: { title: '另一篇', slug: 'trung-ten-bai' },
      }),
      'slug',
      /đã được một bài khác dùng/,
    )
  })

  test('typed by hand are cleaned into URL form', async () => {
    const article = await t.payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      data: { title: 'Sai slug', slug: 'Có Dấu!  Đây', section },
    })
    expect(article.slug).toBe('co-dau-day')
  })
})
