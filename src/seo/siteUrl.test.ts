import { afterEach, expect, test } from 'vitest'

import { siteUrl } from './site'

const saved = { SERVER_URL: process.env.SERVER_URL, PORT: process.env.PORT }
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

test('without SERVER_URL, absolute URLs name the port the server listens on', () => {
  delete process.env.SERVER_URL
  process.env.PORT = '3210'
  expect(siteUrl()).toBe('http://localhost:3210')
  delete process.env.PORT
  expect(siteUrl()).toBe('http://localhost:3000')
})

test('SERVER_URL wins over the port', () => {
  process.env.SERVER_URL = 'https://news.example/'
  process.env.PORT = '3210'
  expect(siteUrl()).toBe('https://news.example')
})
