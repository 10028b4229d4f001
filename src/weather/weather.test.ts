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
/** Requests to /slow/ the provider gave up on: the server never answers them, so only the client can end them. */
const abandoned: Promise<void>[] = []
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.includes('slow')) {
      abandoned.push(new Promise((resolve) => response.on('close', () => resolve())))
      return // never answers
    }
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

test('a failing or unreachable provider leaves the strip empty', async () => {
  expect(await readWeather(openMeteoProvider(`${base}/broken/`, 300), cities)).toEqual([])
  expect(await readWeather(openMeteoProvider('http://127.0.0.1:9', 300), cities)).toEqual([])
})

test('a provider that never answers is abandoned by its timeout, and the strip is empty', async () => {
  // Without the timeout this would wait for the server forever (and the test time out).
  await expect(openMeteoProvider(`${base}/slow/`, 50)(cities)).rejects.toMatchObject({ name: 'TimeoutError' })
  expect(abandoned).toHaveLength(1)
  // The request was aborted on the wire, not left open.
  await abandoned[0]
  expect(await readWeather(openMeteoProvider(`${base}/slow/`, 50), cities)).toEqual([])
})

test('operators can force a provider or switch it off', () => {
  expect(weatherProvider('open-meteo', { WEATHER_PROVIDER: 'static' })).toBe(staticProvider)
  expect(weatherProvider('static', { WEATHER_PROVIDER: 'off' })).toBeUndefined()
  expect(weatherProvider('off', {})).toBeUndefined()
})
