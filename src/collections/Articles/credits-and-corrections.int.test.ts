import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  createDraftArticle,
  createSection,
  createStaff,
  expectFieldError,
  pngImage,
  publishEdition,
  type StaffUser,
} from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
let section: number
const staff = {} as Record<'editor' | 'reporter', StaffUser>

beforeAll(async () => {
  t = await startTestPayload()
  staff.editor = await createStaff(t.payload, 'editor')
  staff.reporter = await createStaff(t.payload, 'reporter')
  section = (await createSection(t.payload)).id
})
afterAll(async () => t?.close())

async function photo(name: string, data: { alt: string; credit?: string; agency?: string }) {
  const buffer = await pngImage()
  return t.payload.create({
    collection: 'media',
    locale: 'vi',
    data,
    file: { data: buffer, name, mimetype: 'image/png', size: buffer.length },
  })
}

const bodyWithPhoto = (id: number) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'block', version: 2, format: '', fields: { id: 'p1', blockName: '', blockType: 'inlinePhoto', photo: id } }],
  },
})

const publishAs = (user: StaffUser, id: number, locale: 'vi' | 'en') =>
  t.payload.update({
    collection: 'articles',
    id,
    locale,
    overrideAccess: false,
    user,
    data: { _status: 'published' },
    publishSpecificLocale: locale,
  })

describe('photo credits', () => {
  test('an edition cannot go live while a photo it shows lacks alt text in its language; the error names the photo', async () => {
    const hero = await photo('ben-nha-rong.png', { alt: 'Bến Nhà Rồng lúc hoàng hôn', credit: 'Lâm Khánh', agency: 'TTXVN' })
    const inline = await photo('cho-noi.png', { alt: 'Chợ nổi Cái Răng', agency: 'VNA' })
    const article = await createDraftArticle(t.payload, section, 'Ảnh phải có nguồn')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      draft: true,
      data: { heroImage: hero.id, body: bodyWithPhoto(inline.id) as never },
    })
    // Vietnamese: both photos are described and credited.
    await publishAs(staff.editor, article.id, 'vi')

    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Photos need credits', heroImage: hero.id, body: bodyWithPhoto(inline.id) as never },
    })
    await expectFieldError(publishAs(staff.editor, article.id, 'en'), 'heroImage', /ben-nha-rong\.png.*alt\) bằng tiếng Anh/)
    await expectFieldError(publishAs(staff.editor, article.id, 'en'), 'body', /cho-noi\.png.*alt\) bằng tiếng Anh/)

    await t.payload.update({ collection: 'media', id: hero.id, locale: 'en', data: { alt: 'Nha Rong wharf at sunset' } })
    await t.payload.update({ collection: 'media', id: inline.id, locale: 'en', data: { alt: 'Cai Rang floating market' } })
    const published = await publishAs(staff.editor, article.id, 'en')
    expect(published._status).toBe('published')
  })

  test('a photo stored without any credit (older data) blocks publication, by name', async () => {
    const old = await photo('anh-cu.png', { alt: 'Ảnh cũ', agency: 'VNA' })
    // Data written before credits were required, straight into the store.
    await t.payload.db.updateOne({ collection: 'media', id: old.id, data: { agency: null, credit: null } })
    const article = await createDraftArticle(t.payload, section, 'Ảnh cũ không nguồn')
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'vi', draft: true, data: { heroImage: old.id } })
    await expectFieldError(publishAs(staff.editor, article.id, 'vi'), 'heroImage', /anh-cu\.png.*tác giả ảnh hoặc hãng ảnh/)
  })
})

describe('corrections', () => {
  test('an editor adds a correction to a published article; it is recorded in the history once published', async () => {
    const article = await createDraftArticle(t.payload, section, 'Bài cần đính chính')
    await publishEdition(t.payload, article.id, 'vi')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.editor,
      data: { corrections: [{ kind: 'correction', date: new Date().toISOString(), text: 'Bản trước ghi sai tên xã.' }] },
    })
    await publishAs(staff.editor, article.id, 'vi')
    const live = await t.payload.find({
      collection: 'articles',
      locale: 'vi',
      overrideAccess: false,
      fallbackLocale: false,
      where: { id: { equals: article.id } },
    })
    expect(live.docs[0].corrections?.map((c) => c.text)).toEqual(['Bản trước ghi sai tên xã.'])
    const history = await t.payload.find({
      collection: 'article-transitions',
      where: { article: { equals: article.id }, to: { equals: 'correction' } },
      depth: 0,
    })
    expect(history.docs.map((d) => d.note)).toEqual(['correction: Bản trước ghi sai tên xã.'])
    expect(history.docs[0].by).toBe(staff.editor.id)
  })

  test('a reporter cannot add a correction', async () => {
    const article = await createDraftArticle(t.payload, section, 'Phóng viên không đính chính')
    const saved = await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.reporter,
      data: { corrections: [{ kind: 'clarification', date: new Date().toISOString(), text: 'Không được phép' }] },
    })
    expect(saved.corrections ?? []).toEqual([])
  })
})
