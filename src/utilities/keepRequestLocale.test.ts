import type { PayloadRequest } from 'payload'
import { expect, test } from 'vitest'

import { keepRequestLocale } from './keepRequestLocale'

const request = () => ({ locale: 'en', fallbackLocale: false }) as unknown as PayloadRequest

test("the request's locale is put back after calls that re-pointed it", async () => {
  const req = request()
  const seen = await keepRequestLocale(req, async () => {
    req.locale = 'all' // what a Local API call with locale: 'all' and this req does
    req.fallbackLocale = 'vi'
    return req.locale
  })
  expect(seen).toBe('all')
  expect(req.locale).toBe('en')
  expect(req.fallbackLocale).toBe(false)
})

test('also when the calls fail', async () => {
  const req = request()
  await expect(
    keepRequestLocale(req, async () => {
      req.locale = 'zh'
      throw new Error('not found')
    }),
  ).rejects.toThrow('not found')
  expect(req.locale).toBe('en')
})
