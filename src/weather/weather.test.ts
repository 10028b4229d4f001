import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { openMeteoProvider, readWeather, staticProvider, weatherProvider } from './providers'

const cities = [
  { name: 'Hà Nội', latitude: 21.03, longitude: 105.85, temperature: 19 },
  { name: 'Đà Nẵng', latitude: 16.05, longitude: 108.2, temperature: null },
]

let server: Server
let base: string
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.includes('slow')) return // never answers
    if (request.url?.startsWith('/broken')) {
      response.writeHead(500).end()
      return
    }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify([{ current: { temperature_2m: 18.6 } }, { current: { temperature_2m: 24.2 } }]))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

test('the static provider shows what editors typed, skipping cities without a figure', async () => {
  expect(await staticProvider(cities)).toEqual([{ city: 'Hà Nội', temperature: 19 }])
})

test('the HTTP provider reads every city in one request', async () => {
  expect(await openMeteoProvider(base, 1000)(cities)).toEqual([
    { city: 'Hà Nội', temperature: 18.6 },
    { city: 'Đà Nẵng', temperature: 24.2 },
  ])
})

test('a failing, slow or unreachable provider leaves the strip empty, quickly', async () => {
  const started = Date.now()
  expect(await readWeather(openMeteoProvider(`${base}/broken/`, 300), cities)).toEqual([])
  expect(await readWeather(openMeteoProvider(`${base}/slow/`, 300), cities)).toEqual([])
  expect(await readWeather(openMeteoProvider('http://127.0.0.1:9', 300), cities)).toEqual([])
  expect(Date.now() - started).toBeLessThan(5000)
})

test('operators can force a provider or switch it off', () => {
  expect(weatherProvider('open-meteo', { WEATHER_PROVIDER: 'static' })).toBe(staticProvider)
  expect(weatherProvider('static', { WEATHER_PROVIDER: 'off' })).toBeUndefined()
  expect(weatherProvider('off', {})).toBeUndefined()
})
