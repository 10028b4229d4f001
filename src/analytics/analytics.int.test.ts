import { afterAll, beforeAll, expect, test } from 'vitest'

import { mostRead } from '@/content/queries/mostRead'
import { createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { EventEmitter } from 'node:events'

import { hourBucket, rankByViews, ViewCounter } from './counter'
import { flushOnShutdown, type ProcessLike } from './shutdown'
import { isBot, isPrefetch } from './visitors'

let t: TestPayload
let a: number
let b: number

beforeAll(async () => {
  t = await startTestPayload()
  const section = (await createSection(t.payload, 'muc')).id
  const make = async (title: string) => {
    const doc = await t.payload.create({ collection: 'articles', locale: 'vi', draft: true, data: { title, section, _status: 'draft' } })
    await publishEdition(t.payload, doc.id, 'vi')
    return doc.id
  }
  a = await make('Bài A')
  b = await make('Bài B')
})
afterAll(async () => t?.close())

test('views are batched per article, locale and hour, across hour boundaries', async () => {
  const counter = new ViewCounter(async () => t.payload, 60_000)
  const beforeHour = new Date('2026-11-22T09:59:59.000Z')
  const afterHour = new Date('2026-11-22T10:00:01.000Z')
  counter.record(a, 'vi', beforeHour)
  counter.record(a, 'vi', beforeHour)
  counter.record(a, 'vi', afterHour)
  counter.record(a, 'en', afterHour)
  counter.record(b, 'vi', afterHour)
  expect(counter.pendingViews).toBe(5)
  await counter.flush()
  expect(counter.pendingViews).toBe(0)
  counter.record(a, 'vi', afterHour)
  await counter.flush()

  const rows = await t.payload.find({ collection: 'page-views', limit: 100, sort: 'bucket', depth: 0 })
  const byBucket = Object.fromEntries(rows.docs.map((row) => [row.bucket, row.views]))
  expect(byBucket).toEqual({
    [`${a}:en:2026-11-22T10:00:00.000Z`]: 1,
    [`${a}:vi:2026-11-22T09:00:00.000Z`]: 2,
    [`${a}:vi:2026-11-22T10:00:00.000Z`]: 2,
    [`${b}:vi:2026-11-22T10:00:00.000Z`]: 1,
  })
  // Nothing about readers is stored: only these fields exist on a bucket.
  expect(Object.keys(rows.docs[0]).sort()).toEqual(['article', 'bucket', 'hour', 'id', 'locale', 'views'])
})

test('most read sums the window and ranks; older buckets fall out of it', async () => {
  const now = new Date('2026-11-22T10:30:00.000Z')
  expect((await mostRead(t.payload, 'vi', 5, 24, now)).map((card) => card.title)).toEqual(['Bài A', 'Bài B'])
  // Seen from two days later, the window is empty.
  expect(await mostRead(t.payload, 'vi', 5, 24, new Date('2026-11-24T12:00:00.000Z'))).toEqual([])
  // A one-hour window from 10:30 starts at 09:00 (whole buckets), so it still holds both of A's hours.
  expect(
    rankByViews([
      { article: 1, views: 2 },
      { article: 2, views: 5 },
      { article: 1, views: 4 },
    ]),
  ).toEqual([
    { article: 1, views: 6 },
    { article: 2, views: 5 },
  ])
})

test('two instances writing the same bucket at once lose no view', async () => {
  const at = new Date('2026-11-27T10:20:00.000Z')
  const instances = [new ViewCounter(async () => t.payload, 60_000), new ViewCounter(async () => t.payload, 60_000)]
  for (let round = 0; round < 5; round++) {
    for (const counter of instances) for (let i = 0; i < 3; i++) counter.record(b, 'zh', at)
    await Promise.all(instances.map((counter) => counter.flush()))
  }
  const rows = await t.payload.find({
    collection: 'page-views',
    depth: 0,
    where: { bucket: { equals: `${b}:zh:2026-11-27T10:00:00.000Z` } },
  })
  expect(rows.docs.map((row) => row.views)).toEqual([30])
  expect(instances.map((counter) => counter.pendingViews)).toEqual([0, 0])
})

test('hour buckets are UTC hours', () => {
  expect(hourBucket(new Date('2026-01-01T23:59:59.999Z'))).toBe('2026-01-01T23:00:00.000Z')
})

test('bots and prefetches are not readers', () => {
  expect(isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true)
  expect(isBot('facebookexternalhit/1.1')).toBe(true)
  expect(isBot('curl/8.5.0')).toBe(true)
  expect(isBot('')).toBe(true)
  expect(isBot('Mozilla/5.0 (Linux; Android 14; SM-A146P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36')).toBe(
    false,
  )
  expect(isPrefetch(new Headers({ 'sec-purpose': 'prefetch;prerender' }))).toBe(true)
  expect(isPrefetch(new Headers({ purpose: 'prefetch' }))).toBe(true)
  expect(isPrefetch(new Headers({ accept: 'image/*' }))).toBe(false)
})

/** A stand-in for `process`: signals are events, exit is recorded. */
function fakeProcess() {
  const emitter = new EventEmitter()
  const exits: (number | undefined)[] = []
  const proc = Object.assign(emitter, { exit: (code?: number) => void exits.push(code) }) as unknown as ProcessLike & EventEmitter
  return { proc, exits }
}

test('SIGTERM writes the counts still in memory before the process exits', async () => {
  const counter = new ViewCounter(async () => t.payload, 60_000)
  const at = new Date('2026-11-23T08:15:00.000Z')
  counter.record(b, 'zh', at)
  counter.record(b, 'zh', at)
  const { proc, exits } = fakeProcess()
  flushOnShutdown(counter, proc)
  // Another handler (Next's) is listening and will call exit when it has closed the server.
  proc.on('SIGTERM', () => proc.exit(143))
  proc.emit('SIGTERM')
  expect(exits).toEqual([]) // held until the flush is done
  await expect.poll(() => exits).toEqual([143])
  const rows = await t.payload.find({
    collection: 'page-views',
    depth: 0,
    where: { bucket: { equals: `${b}:zh:2026-11-23T08:00:00.000Z` } },
  })
  expect(rows.docs[0]?.views).toBe(2)
  expect(counter.pendingViews).toBe(0)
})

test('with no other SIGTERM handler, the process still exits once counts are written', async () => {
  const counter = new ViewCounter(async () => t.payload, 60_000)
  counter.record(a, 'zh', new Date('2026-11-23T09:00:00.000Z'))
  const { proc, exits } = fakeProcess()
  flushOnShutdown(counter, proc)
  proc.emit('SIGTERM')
  await expect.poll(() => exits).toEqual([143])
  expect(counter.pendingViews).toBe(0)
})

test('the 24-hour ranking adds buckets on both sides of an hour boundary and drops the bucket just outside', async () => {
  const counter = new ViewCounter(async () => t.payload, 60_000)
  // Article B: 3 views at 23:59 and 3 at 00:01 the next day; article A: 5 views in one hour.
  for (let i = 0; i < 3; i++) counter.record(b, 'en', new Date('2026-11-25T23:59:00.000Z'))
  for (let i = 0; i < 3; i++) counter.record(b, 'en', new Date('2026-11-26T00:01:00.000Z'))
  for (let i = 0; i < 5; i++) counter.record(a, 'en', new Date('2026-11-26T00:30:00.000Z'))
  // 25 hours before: outside a 24-hour window seen from 00:45.
  for (let i = 0; i < 9; i++) counter.record(a, 'en', new Date('2026-11-24T23:30:00.000Z'))
  await counter.flush()
  const rows = await t.payload.find({
    collection: 'page-views',
    depth: 0,
    limit: 100,
    where: { and: [{ locale: { equals: 'en' } }, { hour: { greater_than_equal: '2026-11-25T00:00:00.000Z' } }] },
  })
  const ranked = rankByViews(rows.docs)
  expect(ranked).toEqual([
    { article: b, views: 6 },
    { article: a, views: 5 },
  ])
})
