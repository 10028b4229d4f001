import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { startTestPayload, type TestPayload } from '@/testing/payload'
import { healthHandler } from './health'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

// Generous by default (a busy test machine is not a down database); short where a hang is simulated.
const ask = async (req: PayloadRequest, mediaDir: string, timeoutMs = 5000) => {
  const response = await healthHandler({ mediaDir, timeoutMs })(req)
  return { status: response.status, body: await response.json(), cache: response.headers.get('cache-control') }
}

test('healthy: 200 with database and storage ok, never cached', async () => {
  const result = await ask({ payload: t.payload } as PayloadRequest, path.join(t.dir, 'media-ok'))
  expect(result).toEqual({ status: 200, body: { status: 'ok', database: 'ok', storage: 'ok' }, cache: 'no-store' })
})

test('media folder not writable (a file where the folder should be): 503, storage unavailable', async () => {
  const blocked = path.join(t.dir, 'not-a-folder')
  await writeFile(blocked, 'x')
  const result = await ask({ payload: t.payload } as PayloadRequest, blocked)
  expect(result.status).toBe(503)
  expect(result.body).toEqual({ status: 'degraded', database: 'ok', storage: 'unavailable' })
})

test('database failing: 503, database unavailable', async () => {
  const failing = { payload: { count: () => Promise.reject(new Error('SQLITE_CANTOPEN')) } } as unknown as PayloadRequest
  await mkdir(path.join(t.dir, 'media-ok'), { recursive: true })
  const result = await ask(failing, path.join(t.dir, 'media-ok'))
  expect(result.status).toBe(503)
  expect(result.body).toEqual({ status: 'degraded', database: 'unavailable', storage: 'ok' })
})

test('database hanging: answered within the timeout as unavailable', async () => {
  const hanging = { payload: { count: () => new Promise(() => {}) } } as unknown as PayloadRequest
  const result = await ask(hanging, path.join(t.dir, 'media-ok'), 200)
  expect(result.status).toBe(503)
  expect(result.body.database).toBe('unavailable')
  await rm(path.join(t.dir, 'media-ok'), { recursive: true, force: true })
})
