import { afterAll, beforeAll, expect, test } from 'vitest'

import { weatherReadings } from '@/content/queries/settings'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

test('a city added in one language shows in every language, named in each where it has a name', async () => {
  const vi = await t.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'vi',
    data: { weatherProvider: 'static', weatherCities: [{ name: 'Hà Nội', latitude: 21.03, longitude: 105.85, temperature: 19 }] },
  })
  await t.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { weatherCities: [...(vi.weatherCities ?? []).map((row) => ({ ...row, name: 'Hanoi' }))] },
  })
  // The English desk adds Huế, naming it in English only; the Vietnamese desk has not seen it yet.
  const en = await t.payload.findGlobal({ slug: 'site-settings', locale: 'en', fallbackLocale: false, depth: 0 })
  await t.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { weatherCities: [...(en.weatherCities ?? []), { name: 'Hue', latitude: 16.46, longitude: 107.59, temperature: 23 }] },
  })

  expect(await weatherReadings(t.payload, 'en')).toEqual([
    { city: 'Hanoi', temperature: 19 },
    { city: 'Hue', temperature: 23 },
  ])
  expect(await weatherReadings(t.payload, 'vi')).toEqual([
    { city: 'Hà Nội', temperature: 19 },
    { city: 'Hue', temperature: 23 },
  ])
  expect((await weatherReadings(t.payload, 'zh')).map((reading) => reading.city)).toEqual(['Hà Nội', 'Hue'])

  // The Vietnamese desk can save the settings without naming the new city first, then names it.
  const viNow = await t.payload.findGlobal({ slug: 'site-settings', locale: 'vi', fallbackLocale: false, depth: 0 })
  await t.payload.updateGlobal({ slug: 'site-settings', locale: 'vi', data: { relatedCount: 5, weatherCities: viNow.weatherCities } })
  const rows = (viNow.weatherCities ?? []).map((row, index) => (index === 1 ? { ...row, name: 'Thừa Thiên Huế' } : row))
  await t.payload.updateGlobal({ slug: 'site-settings', locale: 'vi', data: { weatherCities: rows } })
  expect((await weatherReadings(t.payload, 'vi')).map((reading) => reading.city)).toEqual(['Hà Nội', 'Thừa Thiên Huế'])
  expect((await weatherReadings(t.payload, 'en')).map((reading) => reading.city)).toEqual(['Hanoi', 'Hue'])
})
