import type { PayloadRequest } from 'payload'
import { expect, test } from 'vitest'

import { forgetPageViews } from '@/analytics/forgetViews'
import { forgetTransitions } from '@/collections/ArticleTransitions/forgetTransitions'
import { firstUserIsAdmin } from '@/collections/Users/hooks/firstUserIsAdmin'

/**
 * A Local API call points the request it is given at its own locale and context (Payload's
 * createLocalReq); the fake does the same. A hook that handed over its own request would come
 * back in another locale (docs/local-api-calls-in-hooks.md).
 */
function fakeSave() {
  const calls: PayloadRequest[] = []
  const localCall = async (args: { req: PayloadRequest }) => {
    calls.push(args.req)
    args.req.locale = 'all'
    args.req.context = { fromNestedCall: true }
    return { docs: [], totalDocs: 0 }
  }
  const payload = { delete: localCall, count: localCall }
  const req = { payload, locale: 'zh', fallbackLocale: false, context: { save: 1 }, transactionID: 'tx-1' } as unknown as PayloadRequest
  return { req, calls }
}

const hooks: [string, (req: PayloadRequest) => Promise<unknown>][] = [
  ['forgetPageViews', (req) => forgetPageViews({ id: 7, req } as never)],
  ['forgetTransitions', (req) => forgetTransitions({ id: 7, req } as never)],
  ['firstUserIsAdmin', (req) => firstUserIsAdmin({ data: {}, operation: 'create', req } as never)],
]

for (const [name, run] of hooks) {
  test(`${name} makes its Local API call on a nested request: same transaction, the save keeps its locale and context`, async () => {
    const { req, calls } = fakeSave()
    await run(req)
    expect(calls).toHaveLength(1)
    expect(calls[0]).not.toBe(req)
    expect(calls[0].transactionID).toBe('tx-1')
    expect(req.locale).toBe('zh')
    expect(req.context).toEqual({ save: 1 })
  })
}
