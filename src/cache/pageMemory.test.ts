import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import { PageMemory } from './pageMemory'

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void
// The gzip middleware Next itself wraps each response in (next.config.mjs `compress`).
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware

/** What the stand-in for Next answers: a cached page unless a test says otherwise. */
type Answer = { status?: number; headers?: Record<string, string>; body?: string; viaWriteHead?: boolean; chunks?: string[] }

let server: Server
let origin: string
let memory: PageMemory
let clock: number
let answer: (req: IncomingMessage) => Answer
let nextCalls: number
let beforeAnswer: () => void
let compress: Middleware | undefined

const cachedPage: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 's-maxage=300, stale-while-revalidate=10',
  'x-nextjs-cache': 'HIT',
  xkey: 'article:7 home:vi widgets:vi',
  'content-security-policy': "default-src 'self'",
}

function nextStandIn(req: IncomingMessage, res: ServerResponse): void {
  nextCalls += 1
  beforeAnswer()
  const { status = 200, headers = cachedPage, body = `page ${req.url} #${nextCalls}`, viaWriteHead = false, chunks } = answer(req)
  if (viaWriteHead) res.writeHead(status, headers)
  else {
    res.statusCode = status
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  }
  if (chunks) {
    for (const chunk of chunks) res.write(chunk)
    res.end()
  } else res.end(Buffer.from(body, 'utf8'))
}

beforeEach(async () => {
  clock = 1_000_000
  nextCalls = 0
  answer = () => ({})
  beforeAnswer = () => {}
  compress = undefined
  memory = new PageMemory({ maxBytes: 1024 * 1024, maxAgeMs: 1000, now: () => clock })
  server = createServer((req, res) => {
    if (memory.answer(req, res)) return
    if (compress) compress(req, res, () => nextStandIn(req, res))
    else nextStandIn(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
})

async function get(path: string, init: RequestInit = {}): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(`${origin}${path}`, init)
  return { status: response.status, body: await response.text(), headers: response.headers }
}

describe('a page Next answered from its cache', () => {
  test('is answered from memory the next time, with the same status, headers and bytes', async () => {
    answer = () => ({ body: 'Tin nóng: Hà Nội đón mưa 雨' })
    const first = await get('/vi/thoi-su/tin')
    const second = await get('/vi/thoi-su/tin')
    expect(nextCalls).toBe(1)
    expect(second.body).toBe(first.body)
    expect(second.status).toBe(200)
    expect(second.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(second.headers.get('cache-control')).toBe(cachedPage['cache-control'])
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)))
    expect(first.headers.get('x-page-memory')).toBeNull()
    expect(second.headers.get('x-page-memory')).toBe('HIT')
  })

  test('written in several chunks, or with headers given to writeHead, is kept whole', async () => {
    answer = () => ({ viaWriteHead: true, chunks: ['<html>', 'Xin chào', '</html>'] })
    await get('/vi')
    const second = await get('/vi')
    expect(nextCalls).toBe(1)
    expect(second.body).toBe('<html>Xin chào</html>')
    expect(second.headers.get('xkey')).toBe(cachedPage.xkey)
  })

  test('HEAD is answered from memory with the headers and no body', async () => {
    await get('/vi')
    const head = await fetch(`${origin}/vi`, { method: 'HEAD' })
    expect(nextCalls).toBe(1)
    expect(head.headers.get('x-page-memory')).toBe('HIT')
    expect(await head.text()).toBe('')
  })

  test('compressed by Next, is kept compressed and answered so to the same Accept-Encoding', async () => {
    compress = compression()
    answer = () => ({ body: 'Tin nóng: Hà Nội đón mưa 雨 '.repeat(200) })
    const first = await get('/vi', { headers: { 'accept-encoding': 'gzip' } })
    const second = await get('/vi', { headers: { 'accept-encoding': 'gzip' } })
    expect(nextCalls).toBe(1)
    expect(second.headers.get('x-page-memory')).toBe('HIT')
    expect(second.headers.get('content-encoding')).toBe('gzip')
    expect(second.body).toBe(first.body)
    expect(second.body).toContain('Hà Nội đón mưa 雨')
  })

  test('is kept apart per Accept-Encoding, as Next compresses per request', async () => {
    await get('/vi', { headers: { 'accept-encoding': 'gzip' } })
    await get('/vi', { headers: { 'accept-encoding': 'identity' } })
    expect(nextCalls).toBe(2)
    await get('/vi', { headers: { 'accept-encoding': 'gzip' } })
    expect(nextCalls).toBe(2)
  })
})

describe('what is never kept', () => {
  const notKept: [string, Answer][] = [
    ['a page rendered for this request (MISS)', { headers: { ...cachedPage, 'x-nextjs-cache': 'MISS' } }],
    ['a stale page (being refreshed)', { headers: { ...cachedPage, 'x-nextjs-cache': 'STALE' } }],
    ['a 404', { status: 404 }],
    ['a page that sets a cookie', { headers: { ...cachedPage, 'set-cookie': 'a=b' } }],
    ['a private answer', { headers: { ...cachedPage, 'cache-control': 'private, no-cache, no-store' } }],
    ['a page without surrogate keys', { headers: { ...cachedPage, xkey: '' } }],
  ]
  test.each(notKept)('%s', async (_name, given) => {
    answer = () => given
    await get('/vi')
    await get('/vi')
    expect(nextCalls).toBe(2)
    expect(memory.size).toBe(0)
  })

  const passedToNext: [string, string, RequestInit][] = [
    ['with a query string', '/vi/search?q=mua', {}],
    ['a router (RSC) request', '/vi', { headers: { rsc: '1' } }],
    ['a prefetch', '/vi', { headers: { 'next-router-prefetch': '1' } }],
    ['in draft mode', '/vi', { headers: { cookie: 'theme=dark; __prerender_bypass=abc' } }],
    ['an on-demand revalidation', '/vi', { headers: { 'x-prerender-revalidate': 'id' } }],
    ['the admin', '/admin', {}],
    ['the API', '/api/articles', {}],
  ]
  test.each(passedToNext)('a request %s always reaches Next', async (_name, path, init) => {
    await get(path, init)
    await get(path, init)
    expect(nextCalls).toBe(2)
  })

  test('a POST reaches Next even where a GET was kept', async () => {
    await get('/vi')
    await get('/vi', { method: 'POST', body: 'x' })
    expect(nextCalls).toBe(2)
  })
})

describe('answers that are not kept reach the reader exactly as Next wrote them', () => {
  const answers: [string, Answer][] = [
    ['a stale page, gzipped', { headers: { ...cachedPage, 'x-nextjs-cache': 'STALE' } }],
    [
      'a page rendered now and streamed in chunks, gzipped',
      { headers: { ...cachedPage, 'x-nextjs-cache': 'MISS' }, chunks: ['<html>', 'Tin nóng '.repeat(300), '</html>'] },
    ],
    ['a 404, gzipped', { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } }],
  ]
  test.each(answers)('%s', async (_name, given) => {
    compress = compression()
    answer = () => ({ body: 'Trang không được giữ: Hà Nội 雨 '.repeat(200), ...given })
    const expected = given.chunks ? given.chunks.join('') : 'Trang không được giữ: Hà Nội 雨 '.repeat(200)
    for (let i = 0; i < 2; i++) {
      const page = await get('/vi', { headers: { 'accept-encoding': 'gzip' } })
      expect(page.headers.get('content-encoding')).toBe('gzip')
      expect(page.body).toBe(expected)
    }
    expect(nextCalls).toBe(2)
  })
})

describe('how long a page stays', () => {
  test('an expiry of one of its tags drops it; pages without that tag stay', async () => {
    answer = (req) => ({ headers: { ...cachedPage, xkey: req.url === '/vi' ? 'home:vi' : 'article:9' } })
    await get('/vi')
    await get('/vi/a/b')
    memory.purge(['home:vi', 'section:3:vi'])
    await get('/vi')
    await get('/vi/a/b')
    expect(nextCalls).toBe(3)
    expect((await get('/vi')).headers.get('x-page-memory')).toBe('HIT')
  })

  test('at most a second, even when Next says it may be kept longer', async () => {
    await get('/vi')
    clock += 999
    await get('/vi')
    expect(nextCalls).toBe(1)
    clock += 1
    await get('/vi')
    expect(nextCalls).toBe(2)
  })

  test('no longer than the s-maxage Next gives', async () => {
    answer = () => ({ headers: { ...cachedPage, 'cache-control': 's-maxage=0, stale-while-revalidate=10' } })
    await get('/vi')
    await get('/vi')
    expect(nextCalls).toBe(2)
  })

  test('an answer whose request began before an expiry is not kept: it may hold what was read before', async () => {
    beforeAnswer = () => memory.purge(['article:unrelated'])
    await get('/vi')
    beforeAnswer = () => {}
    await get('/vi')
    expect(nextCalls).toBe(2)
    await get('/vi')
    expect(nextCalls).toBe(2)
  })

  test('beyond its size, the least recently served pages go first', async () => {
    memory = new PageMemory({ maxBytes: 100, maxAgeMs: 1000, now: () => clock })
    answer = (req) => ({ body: `${req.url}`.padEnd(40, '.') })
    await get('/vi/one')
    await get('/vi/two')
    await get('/vi/one') // served: now the most recent
    await get('/vi/three') // 120 bytes: /vi/two goes
    expect(nextCalls).toBe(3)
    expect((await get('/vi/one')).headers.get('x-page-memory')).toBe('HIT')
    expect((await get('/vi/two')).headers.get('x-page-memory')).toBeNull()
  })
})
