import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createDraftArticle, createSection, createStaff, pngImage, publishEdition, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { markTranslationUpToDate, startTranslation, translationStatus, translationsToDo } from './desk'

let t: TestPayload
let section: number
let translator: StaffUser

beforeAll(async () => {
  t = await startTestPayload()
  translator = await createStaff(t.payload, 'translator')
  section = (await createSection(t.payload)).id
})
afterAll(async () => t?.close())

const asUser = (user: StaffUser) => ({ payload: t.payload, user, context: {} }) as never
const stateOf = async (id: number) => Object.fromEntries((await translationStatus(t.payload, id)).map((e) => [e.locale, e]))

describe('translation desk', () => {
  test('start from source, edit the source, see which fields are outdated, mark up to date', async () => {
    const article = await createDraftArticle(t.payload, section, 'Hà Nội mở thêm tuyến buýt điện')
    await publishEdition(t.payload, article.id, 'vi')
    let editions = await stateOf(article.id)
    expect(editions.vi.state).toBe('published')
    expect(editions.en.state).toBe('missing')
    expect((await translationsToDo(t.payload)).filter((d) => d.id === article.id).map((d) => d.locale)).toEqual(['en', 'zh'])

    await startTranslation(asUser(translator), article.id, 'en')
    const en = await t.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
      depth: 0,
    })
    expect(en.title).toBe('Hà Nội mở thêm tuyến buýt điện') // the source text, to translate in place
    expect(en._status).toBe('draft')
    editions = await stateOf(article.id)
    expect(editions.en).toMatchObject({ state: 'in_progress', outdated: [], tracked: true })
    // The English edition is not public until an editor publishes it.
    const publicEn = await t.payload.find({
      collection: 'articles',
      locale: 'en',
      overrideAccess: false,
      fallbackLocale: false,
      where: { id: { equals: article.id } },
    })
    expect(publicEn.docs).toHaveLength(0)

    // The translator translates; translating does not make the edition outdated.
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: translator,
      data: { title: 'Hanoi adds electric bus routes', lead: 'Lead in English' },
    })
    expect((await stateOf(article.id)).en.outdated).toEqual([])
    expect((await translationsToDo(t.payload)).filter((d) => d.id === article.id).map((d) => d.locale)).toEqual(['zh'])

    // The source's lead changes: the English edition is flagged, naming the field.
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'vi', data: { lead: 'Sapo đã sửa' }, draft: true })
    editions = await stateOf(article.id)
    expect(editions.en.outdated).toEqual(['lead'])
    expect((await translationsToDo(t.payload)).find((d) => d.id === article.id && d.locale === 'en')).toMatchObject({ outdated: ['lead'] })

    // An autosave of the (stale) English form does not clear the flag by itself.
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: translator,
      data: { lead: 'Lead in English', sourceFingerprint: {} },
    })
    expect((await stateOf(article.id)).en.outdated).toEqual(['lead'])

    await markTranslationUpToDate(asUser(translator), article.id, 'en')
    expect((await stateOf(article.id)).en).toMatchObject({ outdated: [], tracked: true })

    const history = await t.payload.find({
      collection: 'article-transitions',
      where: { article: { equals: article.id }, locale: { equals: 'en' } },
      sort: 'at',
      depth: 0,
    })
    expect(history.docs.map((d) => d.to)).toEqual(['translation_started', 'translation_synced'])
  })

  test('the source cannot be "translated", and an existing edition is not overwritten', async () => {
    const article = await createDraftArticle(t.payload, section, 'Không ghi đè')
    await expect(startTranslation(asUser(translator), article.id, 'vi')).rejects.toMatchObject({ status: 400 })
    await startTranslation(asUser(translator), article.id, 'zh')
    await expect(startTranslation(asUser(translator), article.id, 'zh')).rejects.toMatchObject({ status: 409 })
    await expect(markTranslationUpToDate(asUser(translator), article.id, 'en')).rejects.toMatchObject({ status: 400 })
  })
})

describe('what an edition chooses', () => {
  test('a new translation starts with the source’s hero photo, source and related list, then keeps its own', async () => {
    const photo = await t.payload.create({
      collection: 'media',
      locale: 'vi',
      data: { alt: 'Cầu Rồng', credit: 'Lâm Khánh' },
      file: { data: await pngImage(), name: 'cau-rong.png', mimetype: 'image/png', size: 100 },
    })
    const other = await createDraftArticle(t.payload, section, 'Bài liên quan')
    const article = await createDraftArticle(t.payload, section, 'Đà Nẵng bắn pháo hoa')
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      draft: true,
      data: { heroImage: photo.id, source: { outlet: 'Vietnam+', url: 'https://www.vietnamplus.vn/a' }, related: [other.id] },
    })
    await startTranslation(asUser(translator), article.id, 'en')
    const read = (locale: 'vi' | 'en') =>
      t.payload.findByID({ collection: 'articles', id: article.id, locale, draft: true, fallbackLocale: false, depth: 0 })
    expect(await read('en')).toMatchObject({
      heroImage: photo.id,
      source: { outlet: 'Vietnam+', url: 'https://www.vietnamplus.vn/a' },
      related: [other.id],
    })

    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: translator,
      data: { source: { outlet: 'NDO', url: null }, related: [] },
    })
    const en = await read('en')
    expect(en.source?.outlet).toBe('NDO')
    expect(en.related ?? []).toEqual([])
    expect(await read('vi')).toMatchObject({ heroImage: photo.id, source: { outlet: 'Vietnam+' }, related: [other.id] })
  })
})

describe('translation desk API', () => {
  const endpoint = async (path: string, method: 'get' | 'post') => {
    const { translationEndpoints } = await import('./endpoints')
    const found = translationEndpoints.find((e) => e.path === path && e.method === method)
    if (!found) throw new Error(`no endpoint ${method} ${path}`)
    return found.handler
  }

  test('refuses anyone not logged in as staff', async () => {
    const article = await createDraftArticle(t.payload, section, 'API bản dịch')
    const anonymous = { payload: t.payload, user: null, routeParams: { id: String(article.id), locale: 'en' }, context: {} } as never
    for (const [path, method] of [
      ['/:id/translations', 'get'],
      ['/:id/translations/:locale/start', 'post'],
      ['/:id/translations/:locale/up-to-date', 'post'],
      ['/translations/todo', 'get'],
    ] as const) {
      const response = await (await endpoint(path, method))(anonymous)
      expect(response.status).toBe(401)
    }
    const translatorReq = {
      payload: t.payload,
      user: translator,
      routeParams: { id: String(article.id), locale: 'en' },
      context: {},
    } as never
    const started = await (await endpoint('/:id/translations/:locale/start', 'post'))(translatorReq)
    expect(started.status).toBe(200)
    const body = (await started.json()) as { editions: { locale: string; state: string }[] }
    expect(body.editions.find((e) => e.locale === 'en')?.state).toBe('in_progress')
  })
})
