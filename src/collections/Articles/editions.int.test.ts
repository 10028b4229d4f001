import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createSection, createStaff, pngImage, publishEdition, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import type { Article } from '@/payload-types'

type Role = 'admin' | 'editor' | 'reporter' | 'translator'
let t: TestPayload
let rest: (request: Request) => Promise<Response>
let graphql: (request: Request) => Promise<Response>
const staff = {} as Record<Role, StaffUser>
const tokens = {} as Record<Role, string>
const ids = { section: 0, otherSection: 0, tag: 0, otherTag: 0, author: 0, photo: 0 }

beforeAll(async () => {
  t = await startTestPayload()
  const { default: config } = await import('@payload-config')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  rest = (request) => handleEndpoints({ config, request })
  graphql = GRAPHQL_POST(config)
  for (const role of ['admin', 'editor', 'reporter', 'translator'] as const) {
    staff[role] = await createStaff(t.payload, role)
    const login = await rest(jsonRequest('POST', '/api/users/login', { email: staff[role].email, password: 'test-password-1' }))
    tokens[role] = ((await login.json()) as { token: string }).token
  }
  ids.section = (await createSection(t.payload)).id
  ids.otherSection = (await createSection(t.payload)).id
  ids.tag = (await t.payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Giao thông', slug: 'giao-thong' } })).id
  ids.otherTag = (await t.payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Kinh tế', slug: 'kinh-te' } })).id
  ids.author = (await t.payload.create({ collection: 'authors', locale: 'vi', data: { name: 'Lê Minh', slug: 'le-minh' } })).id
  ids.photo = (
    await t.payload.create({
      collection: 'media',
      locale: 'vi',
      data: { alt: 'Ảnh', agency: 'TTXVN' },
      file: { data: await pngImage(), mimetype: 'image/png', name: 'a.png', size: 1 },
    })
  ).id
}, 120_000)
afterAll(async () => t?.close())

function jsonRequest(method: string, path: string, body?: unknown, token?: string): Request {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** A Vietnamese article with its shared fields set, published in vi, with an English draft. */
async function liveArticle(title: string): Promise<Article> {
  const doc = await t.payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title, lead: 'Sapo', section: ids.section, tags: [ids.tag], authors: [ids.author], _status: 'draft' },
  })
  await publishEdition(t.payload, doc.id, 'vi')
  await t.payload.update({ collection: 'articles', id: doc.id, locale: 'en', draft: true, data: { title: `${title} (en)` } })
  return doc
}

const staffRead = (id: number, locale: 'vi' | 'en' | 'zh', user: StaffUser = staff.editor) =>
  t.payload.findByID({ collection: 'articles', id, locale, draft: true, depth: 0, fallbackLocale: false, overrideAccess: false, user })
const publicRead = (id: number, locale: 'vi' | 'en') =>
  t.payload
    .find({ collection: 'articles', locale, depth: 0, fallbackLocale: false, overrideAccess: false, where: { id: { equals: id } } })
    .then((r) => r.docs[0])

describe('an edition never started', () => {
  test('opens at the article as it is now, not at its first save', async () => {
    const doc = await t.payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      data: { title: '37', section: ids.section, _status: 'draft' },
    })
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'vi',
      draft: true,
      data: { title: 'Bài thật', tags: [ids.tag], authors: [ids.author] },
    })
    for (const role of ['translator', 'editor'] as const) {
      const en = await staffRead(doc.id, 'en', staff[role])
      expect(en.tags).toEqual([ids.tag])
      expect(en.authors).toEqual([ids.author])
      expect(en.section).toBe(ids.section)
      expect(en.title ?? null).toBeNull()
    }
  })

  test('typing into it keeps every shared field (what the admin form sends back)', async () => {
    const doc = await liveArticle('Gõ vào bản chưa dịch')
    const opened = await staffRead(doc.id, 'zh', staff.translator)
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'zh',
      draft: true,
      overrideAccess: false,
      user: staff.translator,
      data: { ...opened, title: '标题' },
    })
    const vi = await staffRead(doc.id, 'vi')
    expect(vi.tags).toEqual([ids.tag])
    expect(vi.authors).toEqual([ids.author])
  })
})

describe('shared fields change only through the source edition', () => {
  test('a translation form open since before does not undo the source desk’s change', async () => {
    const doc = await liveArticle('Hai bàn cùng lúc')
    const translatorsCopy = await staffRead(doc.id, 'en', staff.translator)
    const editorsCopy = await staffRead(doc.id, 'vi')
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.editor,
      data: { ...editorsCopy, tags: [ids.tag, ids.otherTag] },
    })
    const saved = await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: staff.translator,
      data: { ...translatorsCopy, lead: 'A lead written meanwhile' },
    })
    expect(saved.lead).toBe('A lead written meanwhile')
    expect((await staffRead(doc.id, 'vi')).tags).toEqual([ids.tag, ids.otherTag])
  })

  const changes: Record<string, () => Record<string, unknown>> = {
    section: () => ({ section: ids.otherSection }),
    tags: () => ({ tags: [ids.otherTag] }),
    authors: () => ({ authors: [] }),
    publishedAt: () => ({ publishedAt: '2020-01-01T00:00:00.000Z' }),
  }

  for (const role of ['admin', 'editor', 'reporter', 'translator'] as const) {
    test.each(Object.keys(changes))(
      `a ${role} changing %s in the English edition is refused with the field named (Local API, REST, GraphQL)`,
      async (field) => {
        const doc = await liveArticle(`Không sửa ${field} từ bản dịch ${role}`)
        const before = await staffRead(doc.id, 'vi')
        const data = changes[field]()
        const local = await t.payload
          .update({ collection: 'articles', id: doc.id, locale: 'en', draft: true, overrideAccess: false, user: staff[role], data })
          .then(
            () => null,
            (error: { status?: number; data?: { errors?: { path: string }[] } }) => error,
          )
        expect(local?.status).toBe(400)
        expect(local?.data?.errors?.map((e) => e.path)).toEqual([field])

        const viaRest = await rest(jsonRequest('PATCH', `/api/articles/${doc.id}?locale=en`, data, tokens[role]))
        expect(viaRest.status).toBe(400)
        const restBody = (await viaRest.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
        expect(JSON.stringify(restBody)).toContain(`"path":"${field}"`)

        const value = JSON.stringify(data[field]).replace(/"([^"]+)":/g, '$1:')
        const mutation = `mutation { updateArticles(id: ${doc.id}, locale: en, draft: true, data: { ${field}: ${value} }) { id } }`
        const headers = new Headers({ 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` })
        const viaGraphql = await graphql(
          new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query: mutation }) }),
        )
        const graphqlBody = (await viaGraphql.json()) as { errors?: unknown[] }
        expect(graphqlBody.errors?.length).toBeGreaterThan(0)

        const after = await staffRead(doc.id, 'vi')
        expect(after[field as keyof Article]).toEqual(before[field as keyof Article])
      },
    )
  }

  test('reporters and editors change shared fields in the source edition; translators may not', async () => {
    const doc = await liveArticle('Sửa thẻ ở bản gốc')
    const reporterSave = await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'vi',
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: staff.reporter,
      data: { tags: [ids.otherTag] },
    })
    expect(reporterSave.tags).toEqual([ids.otherTag])
    const translatorSave = await t.payload
      .update({
        collection: 'articles',
        id: doc.id,
        locale: 'vi',
        draft: true,
        overrideAccess: false,
        user: staff.translator,
        data: { tags: [ids.tag] },
      })
      .then(
        () => null,
        (error: { status?: number }) => error,
      )
    expect(translatorSave?.status).toBe(400)
    expect((await staffRead(doc.id, 'vi')).tags).toEqual([ids.otherTag])
  })
})

describe('live content changes only by publishing', () => {
  test.each(['reporter', 'translator'] as const)(
    'a %s’s save without draft=true is a draft: the live article does not change',
    async (role) => {
      const doc = await liveArticle(`Không đổi bài đang đăng ${role}`)
      const response = await rest(jsonRequest('PATCH', `/api/articles/${doc.id}?locale=vi`, { title: 'Tiêu đề sửa lén' }, tokens[role]))
      expect(response.status).toBe(200)
      expect((await publicRead(doc.id, 'vi'))?.title).toBe(`Không đổi bài đang đăng ${role}`)
      expect((await staffRead(doc.id, 'vi')).title).toBe('Tiêu đề sửa lén')
    },
  )

  test('republishing a live edition stamps its update time', async () => {
    const doc = await liveArticle('Cập nhật lúc')
    expect((await publicRead(doc.id, 'vi'))?.revisedAt ?? null).toBeNull()
    await t.payload.update({ collection: 'articles', id: doc.id, locale: 'vi', draft: true, data: { lead: 'Sapo cập nhật' } })
    await publishEdition(t.payload, doc.id, 'vi')
    expect((await publicRead(doc.id, 'vi'))?.revisedAt).toEqual(expect.any(String))
  })
})

describe('no lost updates', () => {
  test('of two saves from copies loaded at the same time, the second is refused with 409 naming who saved', async () => {
    const doc = await liveArticle('Hai người một bản')
    const response = await rest(jsonRequest('GET', `/api/articles/${doc.id}?locale=vi&draft=true&depth=0`, undefined, tokens.editor))
    const copy = (await response.json()) as Article
    const first = await rest(
      jsonRequest('PATCH', `/api/articles/${doc.id}?locale=vi&draft=true`, { ...copy, lead: 'Bản của người thứ nhất' }, tokens.editor),
    )
    expect(first.status).toBe(200)
    const second = await rest(
      jsonRequest('PATCH', `/api/articles/${doc.id}?locale=vi&draft=true`, { ...copy, lead: 'Bản của người thứ hai' }, tokens.admin),
    )
    expect(second.status).toBe(409)
    const body = JSON.stringify(await second.json())
    expect(body).toContain(staff.editor.name!)
    expect((await staffRead(doc.id, 'vi')).lead).toBe('Bản của người thứ nhất')
  })

  test('two people on two editions of one article both save', async () => {
    const doc = await liveArticle('Hai bản hai người')
    const viCopy = await staffRead(doc.id, 'vi')
    const enCopy = await staffRead(doc.id, 'en')
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.editor,
      data: { ...viCopy, lead: 'Sapo mới' },
    })
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: staff.translator,
      data: { ...enCopy, lead: 'New lead' },
    })
    expect((await staffRead(doc.id, 'vi')).lead).toBe('Sapo mới')
    expect((await staffRead(doc.id, 'en')).lead).toBe('New lead')
  })

  test('a person’s own successive saves are never refused', async () => {
    const doc = await liveArticle('Tự lưu nhiều lần')
    let copy = await staffRead(doc.id, 'vi', staff.reporter)
    for (const lead of ['một', 'hai', 'ba']) {
      // As the admin's autosave sends it: the whole form, as a draft.
      const data = { ...copy, lead, _status: 'draft' as const }
      copy = await t.payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'vi',
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: staff.reporter,
        data,
      })
    }
    expect((await staffRead(doc.id, 'vi')).lead).toBe('ba')
  })
})

describe('photos on live pages', () => {
  test('a reporter changes an unused photo of their own, but not one a published edition shows, nor someone else’s', async () => {
    const upload = async (user: StaffUser) =>
      t.payload.create({
        collection: 'media',
        overrideAccess: false,
        user,
        data: { alt: 'Ảnh phóng viên', agency: 'TTXVN' },
        file: { data: await pngImage(), mimetype: 'image/png', name: 'r.png', size: 1 },
      })
    const own = await upload(staff.reporter)
    const edited = await t.payload.update({
      collection: 'media',
      id: own.id,
      locale: 'vi',
      overrideAccess: false,
      user: staff.reporter,
      data: { caption: 'Chú thích' },
    })
    expect(edited.caption).toBe('Chú thích')

    const doc = await liveArticle('Ảnh đang dùng')
    await t.payload.update({ collection: 'articles', id: doc.id, locale: 'vi', draft: true, data: { heroImage: own.id } })
    await publishEdition(t.payload, doc.id, 'vi')
    const refused = await rest(jsonRequest('PATCH', `/api/media/${own.id}?locale=vi`, { credit: 'Người khác' }, tokens.reporter))
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toMatch(/editor|biên tập/)
    const others = await rest(jsonRequest('PATCH', `/api/media/${ids.photo}?locale=vi`, { caption: 'Sửa ảnh người khác' }, tokens.reporter))
    expect(others.status).toBeGreaterThanOrEqual(403)
    const byEditor = await rest(jsonRequest('PATCH', `/api/media/${own.id}?locale=vi`, { credit: 'Lâm Khánh' }, tokens.editor))
    expect(byEditor.status).toBe(200)
  })
})

describe('holding an edition while it is open', () => {
  const hold = (id: number, locale: string, role: Role, takeOver = false) =>
    rest(jsonRequest('POST', `/api/articles/${id}/hold/${locale}`, { takeOver }, tokens[role])).then(
      (r) => r.json() as Promise<{ kind: string; hold: { userName: string } }>,
    )
  const save = (id: number, locale: string, role: Role, data: Record<string, unknown>) =>
    rest(jsonRequest('PATCH', `/api/articles/${id}?locale=${locale}&draft=true`, data, tokens[role]))

  test('a second person on the same edition sees who holds it and cannot save over them until they take over', async () => {
    const doc = await liveArticle('Giữ bản đang sửa')
    expect((await hold(doc.id, 'vi', 'editor')).kind).toBe('mine')
    const second = await hold(doc.id, 'vi', 'reporter')
    expect(second).toMatchObject({ kind: 'held', hold: { userName: staff.editor.name } })
    const refused = await save(doc.id, 'vi', 'reporter', { lead: 'Ghi đè' })
    expect(refused.status).toBe(423)
    expect(JSON.stringify(await refused.json())).toContain(staff.editor.name!)
    // The holder keeps saving (autosave included), and keeps the edition while the page renews its hold.
    expect((await save(doc.id, 'vi', 'editor', { lead: 'Của người giữ' })).status).toBe(200)
    expect((await hold(doc.id, 'vi', 'editor')).kind).toBe('mine')
    expect((await hold(doc.id, 'vi', 'reporter', true)).kind).toBe('mine')
    expect((await save(doc.id, 'vi', 'reporter', { lead: 'Đã tiếp quản' })).status).toBe(200)
    expect((await hold(doc.id, 'vi', 'editor')).kind).toBe('held')
  })

  test('two people on two editions of one article hold them at the same time', async () => {
    const doc = await liveArticle('Hai bản hai người giữ')
    expect((await hold(doc.id, 'vi', 'editor')).kind).toBe('mine')
    expect((await hold(doc.id, 'en', 'translator')).kind).toBe('mine')
    expect((await save(doc.id, 'en', 'translator', { lead: 'English lead' })).status).toBe(200)
    expect((await save(doc.id, 'vi', 'editor', { lead: 'Sapo tiếng Việt' })).status).toBe(200)
  })

  test('nobody can write or delete a hold directly', async () => {
    const doc = await liveArticle('Không xoá giữ của người khác')
    await hold(doc.id, 'vi', 'editor')
    const holds = await t.payload.find({ collection: 'edition-holds', where: { article: { equals: doc.id } }, depth: 0 })
    const removed = await rest(jsonRequest('DELETE', `/api/edition-holds/${holds.docs[0].id}`, undefined, tokens.reporter))
    expect(removed.status).toBe(403)
    await rest(jsonRequest('DELETE', `/api/articles/${doc.id}/hold/vi`, undefined, tokens.reporter))
    expect((await hold(doc.id, 'vi', 'reporter')).kind).toBe('held')
  })
})

describe('revisions of live editions', () => {
  test('a live edition with a newer saved draft says "revision waiting" until it is published again', async () => {
    const { translationStatus } = await import('./translation/desk')
    const doc = await liveArticle('Bản sửa chờ đăng')
    const waiting = async (locale: string) => (await translationStatus(t.payload, doc.id)).find((e) => e.locale === locale)?.revisionWaiting
    expect(await waiting('vi')).toBe(false)
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.reporter,
      data: { lead: 'Sapo sửa' },
    })
    expect(await waiting('vi')).toBe(true)
    expect(await waiting('en')).toBe(false)
    await publishEdition(t.payload, doc.id, 'vi')
    expect(await waiting('vi')).toBe(false)
  })
})
