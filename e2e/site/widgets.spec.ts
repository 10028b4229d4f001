import { createServer } from 'node:http'

import { expect, type Page, test } from '@playwright/test'

import { logIn } from '../helpers/auth'
import { withPicks } from '../helpers/demo'

test.describe.configure({ mode: 'serial' })

/**
 * A weather provider that takes every request and never answers, where the app's WEATHER_API_URL
 * points (scripts/test.mjs). `abandoned` settles for each request once the app has given up on it.
 */
async function silentWeatherProvider() {
  const url = new URL(process.env.WEATHER_API_URL ?? 'http://127.0.0.1:13100')
  const abandoned: Promise<void>[] = []
  const server = createServer((_request, response) => {
    abandoned.push(new Promise((resolve) => response.on('close', () => resolve())))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(Number(url.port), url.hostname, resolve)
  })
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return { abandoned, close }
}

type Settings = { weatherProvider?: string; otherCount?: number }
const readSettings = async (page: Page) => (await (await page.request.get('/api/globals/site-settings?depth=0')).json()) as Settings

test('with a weather provider that never answers, the app gives up on it: the strip disappears and the page renders', async ({ page }) => {
  await page.goto('/vi')
  await expect(page.locator('.weather-strip')).toContainText('°C')
  await logIn(page, 'editor')
  const before = (await readSettings(page)).weatherProvider ?? 'static'
  const use = (weatherProvider: string) => page.request.post('/api/globals/site-settings?locale=vi', { data: { weatherProvider } })
  const provider = await silentWeatherProvider()
  try {
    expect((await use('open-meteo')).status()).toBe(200)
    const response = await page.goto('/en')
    expect(response?.status()).toBe(200)
    await expect(page.locator('.card').first()).toBeVisible()
    await expect(page.locator('.weather-strip')).toHaveCount(0)
    // The provider was asked and never answered: the page is there because the app's timeout
    // aborted the request (had it waited, the page would never have come).
    await expect.poll(() => provider.abandoned.length).toBeGreaterThan(0)
    await provider.abandoned[0]
  } finally {
    expect((await use(before)).status()).toBe(200)
    await provider.close()
  }
  await page.goto('/en')
  await expect(page.locator('.weather-strip')).toContainText('Hanoi')
})

test('the weather strip lists the seed pages’ four cities; a city added in English shows in Vietnamese too', async ({ page }) => {
  await page.goto('/vi')
  for (const city of ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh', 'Thừa Thiên Huế'])
    await expect(page.locator('.weather-strip')).toContainText(`${city}:`)
  await logIn(page, 'editor')
  type City = { id?: string; name?: string | null; latitude: number; longitude: number; temperature?: number | null }
  const english = async () =>
    (
      (await (await page.request.get('/api/globals/site-settings?locale=en&depth=0&fallback-locale=none')).json()) as {
        weatherCities: City[]
      }
    ).weatherCities
  const before = await english()
  expect(before).toHaveLength(4)
  const save = (weatherCities: City[]) => page.request.post('/api/globals/site-settings?locale=en', { data: { weatherCities } })
  try {
    expect((await save([...before, { name: 'Can Tho', latitude: 10.03, longitude: 105.78, temperature: 28 }])).status()).toBe(200)
    // The strip is cached: seeing the new city proves the settings change reached every language.
    await expect(async () => {
      await page.goto('/vi')
      expect(await page.locator('.weather-strip').innerText()).toContain('Can Tho:')
    }).toPass({ timeout: 20_000 })
    await expect(page.locator('.weather-strip')).toContainText('Hà Nội:')
    await page.goto('/en')
    await expect(page.locator('.weather-strip')).toContainText('Can Tho:')
    await expect(page.locator('.weather-strip')).toContainText('Thua Thien Hue:')
  } finally {
    expect((await save(before)).status()).toBe(200)
  }
})

test('"See more" loads older news of the section in place, and is a plain link without JavaScript', async ({ page, browser }) => {
  await logIn(page, 'editor')
  const before = (await readSettings(page)).otherCount ?? 6
  const setOther = (otherCount: number) => page.request.post('/api/globals/site-settings', { data: { otherCount } })
  try {
    expect((await setOther(1)).status()).toBe(200)
    // The newest article of a section has every other one below it.
    const subject = withPicks('vi')[0]
    await page.goto(`/vi/${subject.section}`)
    const newest = page.locator('#listing .card__title a').first()
    await newest.click()
    const other = page.locator('#other')
    await expect(other.locator('.card')).toHaveCount(1)
    const more = other.getByRole('link', { name: 'Xem thêm' })
    const fallback = await more.getAttribute('href')
    // Without JavaScript it leads to the section page holding the next older article (counted when followed).
    expect(fallback).toMatch(/^\/vi\/more\?view=page&section=\d+&before=/)
    await more.click()
    await expect(other.locator('.card')).toHaveCount(2)
    const titles = await other.locator('.card__title a').allInnerTexts()
    expect(new Set(titles).size).toBe(2)

    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    const response = await plain.goto(fallback!)
    expect(response?.status()).toBe(200)
    expect(new URL(plain.url()).pathname).toMatch(/^\/vi\/[a-z-]+(\/page\/\d+)?$/)
    await expect(plain.locator('#listing .card').first()).toBeVisible()
    await noScript.close()
  } finally {
    expect((await setOther(before)).status()).toBe(200)
  }
})

test('reading an article counts a view: no cookie is set, and bots are not counted', async ({ page, request }) => {
  const beacon = await request.get('/api/pv?a=1&l=vi', { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0' } })
  expect(beacon.status()).toBe(200)
  expect(beacon.headers()['content-type']).toBe('image/gif')
  expect(beacon.headers()['set-cookie']).toBeUndefined()
  expect((await request.get('/api/pv?a=abc&l=xx')).status()).toBe(400)

  await page.goto('/vi')
  await page.locator('.top-story a').first().click()
  await expect(page.locator('img.view-beacon')).toHaveAttribute('src', /\/api\/pv\?a=\d+&l=vi/)
  const cookies = await page.context().cookies()
  expect(cookies).toEqual([])
})
