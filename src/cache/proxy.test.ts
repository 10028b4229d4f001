import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test } from 'vitest'

import { addSurrogateKeys } from './nextCacheHandler'
import { purgeBatches, purgeProxy } from './proxy'

test('a cached page carries its Next cache tags as xkey surrogate keys', () => {
  const headers: Record<string, string> = { 'x-next-cache-tags': 'articles,taxonomy,_N_T_/layout,_N_T_/vi/thoi-su/metro' }
  addSurrogateKeys(headers)
  expect(headers.xkey).toBe('articles taxonomy _N_T_/layout _N_T_/vi/thoi-su/metro')
})

test('long tag lists are purged in batches that fit a header; duplicates once', () => {
  const tags = Array.from({ length: 300 }, (_, i) => `article:${i}:vi`)
  const batches = purgeBatches([...tags, 'article:1:vi'], 1000)
  expect(batches.every((batch) => batch.length <= 1000)).toBe(true)
  expect(batches.join(' ').split(' ')).toEqual(tags)
})

test('purgeProxy sends PURGE with the tags to every proxy, and never throws when one is down', async () => {
  const seen: { method?: string; headers: IncomingHttpHeaders }[] = []
  const server = createServer((req, res) => {
    seen.push({ method: req.method, headers: req.headers })
    res.end('Purged 3')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    await purgeProxy(['articles', 'most-read'], { PROXY_PURGE_URL: `http://127.0.0.1:${port}, http://127.0.0.1:9` })
    expect(seen.map((r) => [r.method, r.headers['xkey-purge']])).toEqual([['PURGE', 'articles most-read']])
  } finally {
    server.close()
  }
})
