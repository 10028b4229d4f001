import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createDraftArticle, createSection, createStaff, pngImage, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { startTranslation } from './desk'
import { sourceTextFor } from './sourceText'

let t: TestPayload
let section: number
let translator: StaffUser

beforeAll(async () => {
  t = await startTestPayload()
  await createStaff(t.payload, 'admin') // the first account is always an admin
  translator = await createStaff(t.payload, 'translator')
  section = (await createSection(t.payload)).id
})
afterAll(async () => t?.close())

const asUser = (user: StaffUser) => ({ payload: t.payload, user, context: {} }) as never
const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
})
const body = (...texts: string[]) =>
  ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: texts.map(paragraph) } }) as never

const editSource = (id: number, data: Record<string, unknown>) =>
  t.payload.update({ collection: 'articles', id, locale: 'vi', draft: true, data })
const translate = (id: number, data: Record<string, unknown>) =>
  t.payload.update({ collection: 'articles', id, locale: 'en', draft: true, overrideAccess: false, user: translator, data })

describe('side by side', () => {
  test('the translator reads the source by field and paragraph, with photo caption and alt, and what changed since', async () => {
    const photo = await t.payload.create({
      collection: 'media',
      locale: 'vi',
      data: { alt: 'Xe buýt điện ở bến', caption: 'Tuyến mới', credit: 'Lâm Khánh' },
      file: { data: await pngImage(), name: 'bus.png', mimetype: 'image/png', size: 100 },
    })
    const article = await createDraftArticle(t.payload, section, 'Hà Nội mở tuyến buýt')
    await editSource(article.id, { lead: 'Sapo cũ', body: body('Đoạn một.', 'Đoạn hai cũ.'), heroImage: photo.id })
    await startTranslation(asUser(translator), article.id, 'en')
    await translate(article.id, { title: 'Hanoi opens a bus route', lead: 'Old lead' })

    let seen = await sourceTextFor(asUser(translator), article.id, 'en')
    expect(seen.outdated).toEqual([])
    expect(seen.segments.map((s) => [s.field, s.text, Boolean(s.diff)])).toEqual([
      ['title', 'Hà Nội mở tuyến buýt', false],
      ['lead', 'Sapo cũ', false],
      ['body', 'Đoạn một.', false],
      ['body', 'Đoạn hai cũ.', false],
      ['caption', 'Tuyến mới', false],
      ['alt', 'Xe buýt điện ở bến', false],
    ])

    // The source is revised twice; the diff is against the text the translation was made from.
    await editSource(article.id, { title: 'Hà Nội mở thêm tuyến buýt' })
    await editSource(article.id, { body: body('Đoạn một.', 'Đoạn hai mới.', 'Đoạn ba.') })
    seen = await sourceTextFor(asUser(translator), article.id, 'en')
    expect(seen.outdated).toEqual(['title', 'body'])
    expect(seen.earlierTextKept).toBe(true)
    const [title, lead, ...rest] = seen.segments
    expect(title.diff?.filter((part) => part.op === 'added').map((part) => part.text)).toEqual(['thêm '])
    expect(lead.diff).toBeUndefined()
    expect(rest.filter((s) => s.field === 'body').map((s) => [s.text, s.diff?.filter((p) => p.op !== 'same').map((p) => p.text)])).toEqual([
      ['Đoạn một.', undefined],
      ['Đoạn hai mới.', ['cũ.', 'mới.']],
      ['Đoạn ba.', ['Đoạn ba.']],
    ])
  })

  test('a new edition’s slug comes from its own headline, not the copied Vietnamese one', async () => {
    const article = await createDraftArticle(t.payload, section, 'Đà Nẵng đón khách')
    await startTranslation(asUser(translator), article.id, 'en')
    const copied = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true, depth: 0 })
    // The form sends the slug back as it was loaded, with the translated headline.
    await translate(article.id, { title: 'Da Nang welcomes visitors', slug: copied.slug })
    const en = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true, depth: 0 })
    expect(en.slug).toBe('da-nang-welcomes-visitors')
    // A slug typed by hand stays when the headline changes again.
    await translate(article.id, { slug: 'da-nang-visitors' })
    await translate(article.id, { title: 'Da Nang welcomes more visitors', slug: 'da-nang-visitors' })
    expect((await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true, depth: 0 })).slug).toBe(
      'da-nang-visitors',
    )
  })
})
