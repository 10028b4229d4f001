import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { ViewCounter } from '@/analytics/counter'
import { viewFigures } from '@/analytics/views'
import { createDraftArticle, createSection, createStaff, expectFieldError, publishEdition, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { suggestionsEndpoint, viewCountsEndpoint } from './endpoints'

let t: TestPayload
let payload: Payload
let section: number
let editor: StaffUser
const ids: number[] = []

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  section = (await createSection(payload, 'thoi-su')).id
  editor = await createStaff(payload, 'editor')
  for (const title of ['Hà Nội mở tuyến metro', 'Giá vàng hôm nay', 'Đà Nẵng đón khách', 'Huế trùng tu', 'Bóng đá nữ']) {
    const doc = await createDraftArticle(payload, section, title)
    await publishEdition(payload, doc.id, 'vi')
    ids.push(doc.id)
  }
  await payload.update({ collection: 'articles', id: ids[0], locale: 'en', draft: true, data: { title: 'Hanoi opens its metro line' } })
})
afterAll(async () => t?.close())

describe('related list', () => {
  test('no more than the site setting allows, never the article itself', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { relatedMax: 2 } })
    await expectFieldError(
      payload.update({ collection: 'articles', id: ids[0], locale: 'vi', data: { related: [ids[1], ids[2], ids[3]] } }),
      'related',
      /Tối đa 2/,
    )
    await expectFieldError(
      payload.update({ collection: 'articles', id: ids[0], locale: 'vi', data: { related: [ids[0]] } }),
      'related',
      /chính nó|không hợp lệ/,
    )
    const saved = await payload.update({ collection: 'articles', id: ids[0], locale: 'vi', data: { related: [ids[2], ids[1]] }, depth: 0 })
    expect(saved.related).toEqual([ids[2], ids[1]])
    await payload.updateGlobal({ slug: 'site-settings', data: { relatedMax: 8 } })
  })
})

describe('headline search for staff', () => {
  const search = (like: string, locale: 'vi' | 'en' | 'zh') =>
    payload.find({ collection: 'articles', locale, draft: true, user: editor, overrideAccess: false, depth: 0, where: { title: { like } } })

  test('finds an article by its headline in another language, and without diacritics', async () => {
    // Searching from the Chinese admin for the English and Vietnamese headlines.
    expect((await search('metro line', 'zh')).docs.map((doc) => doc.id)).toEqual([ids[0]])
    expect((await search('ha noi', 'en')).docs.map((doc) => doc.id)).toEqual([ids[0]])
    expect((await search('da nang', 'vi')).docs.map((doc) => doc.id)).toEqual([ids[2]])
  })

  test('readers are not given the widened search', async () => {
    const publicSearch = await payload.find({
      collection: 'articles',
      locale: 'en',
      overrideAccess: false,
      depth: 0,
      where: { title: { like: 'ha noi' } },
    })
    expect(publicSearch.docs).toEqual([])
  })
})

function request(url: string, user: StaffUser | null, routeParams: Record<string, string> = {}): PayloadRequest {
  return { url, user, payload, routeParams, headers: new Headers() } as unknown as PayloadRequest
}

describe('views for editors', () => {
  test('24 h and 7 d per article in one grouped query, all languages together', async () => {
    const now = new Date('2026-11-20T12:30:00.000Z')
    const counter = new ViewCounter(async () => payload, 60_000)
    counter.record(ids[0], 'vi', new Date('2026-11-20T11:10:00.000Z'))
    counter.record(ids[0], 'en', new Date('2026-11-20T12:05:00.000Z'))
    counter.record(ids[0], 'vi', new Date('2026-11-16T09:00:00.000Z'))
    counter.record(ids[0], 'vi', new Date('2026-11-01T09:00:00.000Z')) // outside the week
    counter.record(ids[1], 'vi', new Date('2026-11-19T13:00:00.000Z'))
    await counter.flush()
    const figures = await viewFigures(payload, [ids[0], ids[1], ids[2]], now)
    expect(Object.fromEntries(figures)).toEqual({
      [ids[0]]: { day: 2, week: 3 },
      [ids[1]]: { day: 1, week: 1 },
      [ids[2]]: { day: 0, week: 0 },
    })
  })

  test('the counts endpoint is for staff, and refuses bad input with a reason', async () => {
    const anonymous = await viewCountsEndpoint.handler(request(`http://x/api/articles/view-counts?ids=${ids[0]}`, null))
    expect(anonymous.status).toBe(401)
    const bad = await viewCountsEndpoint.handler(request('http://x/api/articles/view-counts?ids=1,abc', editor))
    expect(bad.status).toBe(400)
    const ok = await viewCountsEndpoint.handler(request(`http://x/api/articles/view-counts?ids=${ids[3]}`, editor))
    expect(await ok.json()).toEqual({ [ids[3]]: { day: 0, week: 0 } })
  })
})

describe('suggestions endpoint', () => {
  test('suggests published articles for the editor, never the article itself', async () => {
    const response = await suggestionsEndpoint.handler(
      request(`http://x/api/articles/${ids[0]}/suggestions?locale=vi`, editor, { id: String(ids[0]) }),
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as { suggestions: { id: number }[] }
    expect(body.suggestions.length).toBeGreaterThan(0)
    expect(body.suggestions.map((s) => s.id)).not.toContain(ids[0])
    expect(
      (await suggestionsEndpoint.handler(request(`http://x/api/articles/${ids[0]}/suggestions`, null, { id: String(ids[0]) }))).status,
    ).toBe(401)
    expect(
      (await suggestionsEndpoint.handler(request('http://x/api/articles/999999/suggestions?locale=vi', editor, { id: '999999' }))).status,
    ).toBe(404)
  })
})
