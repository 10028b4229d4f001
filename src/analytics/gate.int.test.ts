import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import { createClient } from 'redis'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { createSection, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

import { viewBeaconEndpoint, viewCounter } from './beacon'
import { MemoryStore, RedisStore, ViewGate, viewLimits } from './gate'

const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
const reader = { address: '203.0.113.5', userAgent: chrome }

let t: TestPayload
let article: number

beforeAll(async () => {
  t = await startTestPayload()
  const section = (await createSection(t.payload, 'gate')).id
  const doc = await t.payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title: 'Bài đếm', section, _status: 'draft' },
  })
  await publishEdition(t.payload, doc.id, 'vi')
  article = doc.id
})
afterAll(async () => t?.close())

function beacon(address: string, userAgent = chrome): Promise<Response> {
  const req = {
    url: `http://localhost/api/pv?a=${article}&l=vi`,
    headers: new Headers({ 'user-agent': userAgent, 'x-forwarded-for': address }),
    payload: t.payload,
  } as unknown as PayloadRequest
  return viewBeaconEndpoint.handler(req) as Promise<Response>
}

async function storedViews(): Promise<number> {
  await viewCounter(t.payload).flush()
  const rows = await t.payload.find({ collection: 'page-views', depth: 0, where: { article: { equals: article } } })
  return rows.docs.reduce((sum, row) => sum + row.views, 0)
}

test('1,000 beacon requests from one client count one view; another reader counts too', async () => {
  for (let i = 0; i < 1000; i++) expect((await beacon('198.51.100.7')).status).toBe(200)
  expect(await storedViews()).toBe(1)
  await beacon('198.51.100.8')
  await beacon('198.51.100.8', `${chrome} Edg/131.0`)
  expect(await storedViews()).toBe(3)
})

test('a reader counts once per article per hour, and a script walking through articles stops counting', async () => {
  let now = Date.parse('2026-11-27T10:00:00.000Z')
  const gate = new ViewGate(new MemoryStore(() => now))
  const at = () => new Date(now)
  expect(await gate.admit(reader, 52, at())).toBe(true)
  expect(await gate.admit(reader, 52, at())).toBe(false)
  now += 59 * 60_000
  expect(await gate.admit(reader, 52, at())).toBe(false)
  now += 2 * 60_000
  expect(await gate.admit(reader, 52, at())).toBe(true)

  const later = new ViewGate(new MemoryStore(() => now))
  let counted = 0
  for (let id = 1000; id < 1100; id++) if (await later.admit(reader, id, at())) counted++
  expect(counted).toBe(viewLimits.maxArticlesPerHour)
})

const redisServer = ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find((file) => existsSync(file))

test.skipIf(!redisServer)('two instances sharing Redis count a reader once (skipped without Debian redis-server)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-gate-'))
  const socket = path.join(dir, 'redis.sock')
  const server: ChildProcess = spawn(redisServer as string, ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  const clients = [createClient({ socket: { path: socket, tls: false } }), createClient({ socket: { path: socket, tls: false } })]
  try {
    await expect.poll(() => existsSync(socket)).toBe(true)
    await Promise.all(clients.map((client) => client.connect()))
    const [one, two] = clients.map((client) => new ViewGate(new RedisStore(client)))
    const answers = await Promise.all([one.admit(reader, 7), two.admit(reader, 7), one.admit(reader, 7), two.admit(reader, 7)])
    expect(answers.filter(Boolean)).toHaveLength(1)
    expect(await two.admit({ ...reader, address: '203.0.113.6' }, 7)).toBe(true)
    // Nothing in Redis names the reader: keys and values are hashes, counts and the day's salt.
    const stored = JSON.stringify(await clients[0].keys('*'))
    expect(stored).not.toContain(reader.address)
  } finally {
    await Promise.all(clients.map((client) => client.quit().catch(() => undefined)))
    server.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
})
