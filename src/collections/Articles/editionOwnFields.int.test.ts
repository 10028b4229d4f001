import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { articleBySlug, relatedArticles } from '@/content/queries/articles'
import { findCards } from '@/content/queries/common'
import type { Article } from '@/payload-types'
import { createSection, createStaff, pngImage, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { relationId } from '@/utilities/docId'

/**
 * Hero photo, source attribution and related list belong to each edition: what one edition's
 * desk sets is what that edition's readers get, through the Local API, REST and the site's queries.
 */
let t: TestPayload
let payload: Payload
let rest: (request: Request) => Promise<Response>
let editorToken = ''
let section: number
const photos = { vi: 0, en: 0 }
const ids = { story: 0, first: 0, second: 0 }

async function photo(name: string, alt: string): Promise<number> {
  const data = await pngImage()
  const doc = await payload.create({
    collection: 'media',
    locale: 'vi',
    data: { alt, credit: 'Lâm Khánh', agency: 'TTXVN' },
    file: { data, name, mimetype: 'image/png', size: data.length },
  })
  await payload.update({ collection: 'media', id: doc.id, locale: 'en', data: { alt: `${alt} (en)` } })
  return doc.id
}

async function publishedInBoth(vi: string, en: string): Promise<number> {
  const doc = await payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title: vi, section, publishedAt: '2026-11-01T00:00:00.000Z', _status: 'draft' },
  })
  await payload.update({ collection: 'articles', id: doc.id, locale: 'en', draft: true, data: { title: en } })
  await publishEdition(payload, doc.id, 'vi')
  await publishEdition(payload, doc.id, 'en')
  return doc.id
}

async function call(method: string, path: string, body?: unknown, token?: string): Promise<Response> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  return rest(new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }))
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { default: config } = await import('@payload-config')
  rest = (request: Request) => handleEndpoints({ config, request })
  const editor = await createStaff(payload, 'editor')
  const login = await call('POST', '/api/users/login', { email: editor.email, password: 'test-password-1' })
  editorToken = ((await login.json()) as { token: string }).token
  section = (await createSection(payload, 'the-gioi')).id
  photos.vi = await photo('hoi-nghi.png', 'Hội nghị')
  photos.en = await photo('delegates.png', 'Đại biểu')
  ids.first = await publishedInBoth('Bài một', 'Story one')
  ids.second = await publishedInBoth('Bài hai', 'Story two')
  const story = await payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: {
      title: 'Việt Nam dự hội nghị',
      section,
      heroImage: photos.vi,
      source: { outlet: 'Vietnam+', url: 'https://www.vietnamplus.vn/hoi-nghi' },
      related: [ids.first, ids.second],
      publishedAt: '2026-11-02T00:00:00.000Z',
      _status: 'draft',
    },
  })
  ids.story = story.id
  await publishEdition(payload, story.id, 'vi')
})
afterAll(async () => t?.close())

const read = (locale: 'vi' | 'en' | 'zh', draft = false) =>
  payload.findByID({ collection: 'articles', id: ids.story, locale, draft, depth: 0, fallbackLocale: false }) as Promise<Article>

describe('each edition owns its hero photo, source and related list', () => {
  test('REST: the English desk sets its own; the public reads each edition’s own, the Vietnamese one unchanged', async () => {
    const saved = await call(
      'PATCH',
      `/api/articles/${ids.story}?locale=en&publishSpecificLocale=en&depth=0`,
      {
        title: 'Vietnam attends the conference',
        heroImage: photos.en,
        source: { outlet: 'NDO', url: 'https://en.nhandan.vn/conference' },
        related: [ids.second, ids.first],
        _status: 'published',
      },
      editorToken,
    )
    expect(saved.status).toBe(200)

    const publicEn = (await (await call('GET', `/api/articles/${ids.story}?locale=en&depth=0`)).json()) as Article
    expect(publicEn).toMatchObject({
      heroImage: photos.en,
      source: { outlet: 'NDO', url: 'https://en.nhandan.vn/conference' },
      related: [ids.second, ids.first],
    })
    const publicVi = (await (await call('GET', `/api/articles/${ids.story}?locale=vi&depth=0`)).json()) as Article
    expect(publicVi).toMatchObject({
      heroImage: photos.vi,
      source: { outlet: 'Vietnam+', url: 'https://www.vietnamplus.vn/hoi-nghi' },
      related: [ids.first, ids.second],
    })
  })

  test('Local API: reordering the Vietnamese related list leaves the live English list as it was', async () => {
    await payload.update({ collection: 'articles', id: ids.story, locale: 'vi', data: { related: [ids.second, ids.first] } })
    await payload.update({ collection: 'articles', id: ids.story, locale: 'vi', data: { related: [ids.first] }, draft: true })
    expect((await read('vi', true)).related).toEqual([ids.first])
    expect((await read('vi')).related).toEqual([ids.second, ids.first])
    expect((await read('en')).related).toEqual([ids.second, ids.first])
    expect((await read('en', true)).related).toEqual([ids.second, ids.first])
  })

  test('an edition never given a photo or a source has none (no fallback to another edition)', async () => {
    const zh = await read('zh', true)
    expect(zh.heroImage ?? null).toBeNull()
    expect(zh.source?.outlet ?? null).toBeNull()
  })

  test('the site’s queries read the edition’s own values in the reader’s language', async () => {
    const vi = await articleBySlug(payload, 'vi', (await read('vi')).slug as string)
    const en = await articleBySlug(payload, 'en', (await read('en')).slug as string)
    expect(relationId(vi?.heroImage)).toBe(photos.vi)
    expect(relationId(en?.heroImage)).toBe(photos.en)
    expect(en?.source?.outlet).toBe('NDO')

    const relatedEn = await relatedArticles(payload, 'en', { id: ids.story, related: en?.related as number[] }, 2)
    expect(relatedEn.map((card) => card.title)).toEqual(['Story two', 'Story one'])
    const relatedVi = await relatedArticles(payload, 'vi', { id: ids.story, related: vi?.related as number[] }, 2)
    expect(relatedVi.map((card) => card.title)).toEqual(['Bài hai', 'Bài một'])

    const cardOf = async (locale: 'vi' | 'en') =>
      (await findCards(payload, locale, { limit: 10, page: 1 })).items.find((card) => card.id === ids.story)
    expect((await cardOf('en'))?.image?.url).toContain('delegates')
    expect((await cardOf('vi'))?.image?.url).toContain('hoi-nghi')
  })

  test('each edition’s slug comes from its own headline and is edited on its own', async () => {
    expect((await read('vi')).slug).toBe('viet-nam-du-hoi-nghi')
    expect((await read('en')).slug).toBe('vietnam-attends-the-conference')
    await payload.update({ collection: 'articles', id: ids.story, locale: 'en', data: { slug: 'Vietnam at the Conference!' } })
    expect((await read('en')).slug).toBe('vietnam-at-the-conference')
    expect((await read('vi')).slug).toBe('viet-nam-du-hoi-nghi')
  })

  test('a source URL must be http(s), in every edition', async () => {
    const refused = await call(
      'PATCH',
      `/api/articles/${ids.story}?locale=en&publishSpecificLocale=en`,
      { source: { outlet: 'NDO', url: 'javascript:alert(1)' }, _status: 'published' },
      editorToken,
    )
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('source.url')
  })
})
