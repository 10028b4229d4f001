import type { PayloadRequest } from 'payload'
import { expect, test } from 'vitest'

import { nestedRequest } from './nestedRequest'

test('a nested call re-points its own locale and context, not those of the save that made it', () => {
  const transactionID = 'tx-1'
  const req = { locale: 'en', fallbackLocale: false, context: { pending: 1 }, transactionID } as unknown as PayloadRequest
  const nested = nestedRequest(req)
  // What Payload's createLocalReq does to the request a Local API call is given.
  nested.locale = 'all'
  nested.fallbackLocale = 'vi'
  nested.context = { ...nested.context, nestedOnly: true }
  expect(nested.transactionID).toBe(transactionID)
  expect(nested.context).toEqual({ pending: 1, nestedOnly: true })
  expect(req.locale).toBe('en')
  expect(req.fallbackLocale).toBe(false)
  expect(req.context).toEqual({ pending: 1 })
})
