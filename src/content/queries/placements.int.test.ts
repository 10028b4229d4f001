import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { ViewCounter } from '@/analytics/counter'
import { createSection, expectFieldError, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { mostRead } from './mostRead'
import { expiryWindow, homePlacements, placementDocs, resolvePlacement, sidebarPlacements } from './placements'

let t: TestPayload
let payload: Payload
let news: number
let sport: number
let football: number
const a: Record<string, number> = {}

const base = Date.parse('2026-10-01T00:00:00.000Z')
const hour = 60 * 60 * 1000
const now = base + 100 * hour

async function make(key: string, section: number, hoursAfter: number, tags: number[] = [], en = false): Promise<void> {
  const doc = await payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title: `Bài ${key}`, section, tags, publishedAt: new Date(base + hoursAfter * hour).toISOString(), _status: 'draft' },
  })
  await publishEdition(payload, doc.id, 'vi')
  if (en) {
    await payload.update({ collection: 'articles', id: doc.id, locale: 'en', draft: true, data: { title: `Story ${key}` } })
    await publishEdition(payload, doc.id, 'en')
  }
  a[key] = doc.id
}

const titles = (cards: { title: string }[]) => cards.map((card) => card.title)

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  news = (await createSection(payload, 'thoi-su')).id
  sport = (await createSection(payload, 'the-thao')).id
  football = (await payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Bóng đá' } })).id
  await make('n1', news, 1, [], true)
  await make('n2', news, 2)
  await make('n3', news, 3, [], true)
  await make('s1', sport, 4, [football])
  await make('s2', sport, 5)
  await make('s3', sport, 6, [football])
  await make('latest', news, 50, [], true)
})
afterAll(async () => t?.close())

describe('placements', () => {
  test('expired picks vanish; picks for other languages are skipped; the rule fills the rest without duplicates', async () => {
    await payload.create({
      collection: 'placements',
      data: {
        key: 'recommended',
        rule: 'latest',
        picks: [
          { article: a.n1, expiresAt: new Date(now - 1000).toISOString() },
          { article: a.n2, languages: ['vi'] },
          { article: a.latest },
          { article: a.s1, expiresAt: new Date(now + hour).toISOString() },
        ],
      },
    })
    const docs = await placementDocs(payload)
    const vi = await resolvePlacement(payload, 'vi', docs, 'recommended', { size: 5, now })
    // n1 expired a second ago; the latest article is a pick, so the fill does not repeat it.
    expect(titles(vi).slice(0, 3)).toEqual(['Bài n2', 'Bài latest', 'Bài s1'])
    expect(new Set(vi.map((card) => card.id)).size).toBe(vi.length)
    expect(vi).toHaveLength(5)

    // An hour later s1 has expired too.
    const later = await resolvePlacement(payload, 'vi', docs, 'recommended', { size: 2, now: now + 2 * hour })
    expect(titles(later)).toEqual(['Bài n2', 'Bài latest'])

    // In English: n2 is for Vietnamese only, s1 has no English edition.
    const en = await resolvePlacement(payload, 'en', docs, 'recommended', { size: 3, now })
    expect(titles(en)[0]).toBe('Story latest')
    expect(titles(en)).not.toContain('Bài n2')
    expect(new Set(en.map((card) => card.id)).size).toBe(en.length)
  })

  test('an expired pick does not come back through the automatic fill either when the rule cannot reach it', async () => {
    await payload.create({
      collection: 'placements',
      data: { key: 'topStory', rule: 'none', picks: [{ article: a.n3, expiresAt: new Date(now - 1).toISOString() }] },
    })
    const docs = await placementDocs(payload)
    expect(await resolvePlacement(payload, 'vi', docs, 'topStory', { size: 1, now })).toEqual([])
    expect(titles(await resolvePlacement(payload, 'vi', docs, 'topStory', { size: 1, now: now - 10 }))).toEqual(['Bài n3'])
  })

  test('the cache window ends at the next expiry and is keyed by the last one passed', async () => {
    const docs = await placementDocs(payload)
    expect(expiryWindow(docs, now)).toEqual({ epoch: now - 1, next: now + hour })
    expect(expiryWindow(docs, now + 2 * hour)).toEqual({ epoch: now + hour, next: null })
  })

  test('a section-scoped placement replaces the site-wide one on that section, with its rule scoped too', async () => {
    await payload.create({
      collection: 'placements',
      data: { key: 'youMayBeInterested', section: sport, rule: 'tag', ruleTag: football, picks: [{ article: a.s2 }] },
    })
    const inSport = await sidebarPlacements(payload, 'vi', { section: sport, size: 4, exclude: [a.s3] }, now)
    // The pick, then football-tagged articles of the section, never the article being read (s3).
    expect(titles(inSport.youMayBeInterested)).toEqual(['Bài s2', 'Bài s1'])
    // The section has no "recommended" of its own: the site-wide one applies.
    expect(titles(inSport.recommended)[0]).toBe('Bài n2')
    const inNews = await sidebarPlacements(payload, 'vi', { section: news, size: 4 }, now)
    // Elsewhere the sport pick does not apply: no site-wide list exists, so the default (most read,
    // then the latest while no views are counted) fills it.
    expect(titles(inNews.youMayBeInterested).slice(0, 2)).toEqual(['Bài latest', 'Bài s3'])
  })

  test('"most read" scoped to a section ranks only that section’s articles', async () => {
    const counter = new ViewCounter(async () => payload, 60_000)
    const at = new Date(now - hour)
    for (let i = 0; i < 5; i++) counter.record(a.n1, 'vi', at)
    for (let i = 0; i < 2; i++) counter.record(a.s3, 'vi', at)
    counter.record(a.s1, 'vi', at)
    await counter.flush()
    expect(titles(await mostRead(payload, 'vi', 5, 24, new Date(now)))).toEqual(['Bài n1', 'Bài s3', 'Bài s1'])
    expect(titles(await mostRead(payload, 'vi', 5, 24, new Date(now), sport))).toEqual(['Bài s3', 'Bài s1'])
  })

  test('one placement per list and scope', async () => {
    await expectFieldError(
      payload.create({ collection: 'placements', data: { key: 'recommended', rule: 'latest' } }),
      'key',
      /Đã có vị trí tin chọn/,
    )
    await expectFieldError(
      payload.create({ collection: 'placements', data: { key: 'youMayBeInterested', section: sport, rule: 'latest' } }),
      'key',
      /Đã có vị trí tin chọn/,
    )
    const other = await payload.create({ collection: 'placements', data: { key: 'youMayBeInterested', section: news, rule: 'latest' } })
    expect(other.title).toBe('Có thể bạn quan tâm · Mục thoi-su')
  })

  test('the home page: top story, featured without it, lists without either', async () => {
    const home = await homePlacements(payload, 'vi', { featured: 2, lists: 3 }, now - 10)
    expect(home.topStory?.title).toBe('Bài n3')
    expect(titles(home.featured)).not.toContain('Bài n3')
    const onTop = new Set([home.topStory?.id, ...home.featured.map((card) => card.id)])
    for (const card of [...home.recommended, ...home.youMayBeInterested]) expect(onTop.has(card.id)).toBe(false)
  })
})
