import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { mediaDir } from '@/collections/Media'
import { pingDatabase } from '@/db/ping'

type Status = 'ok' | 'unavailable'
type Options = { mediaDir: string; timeoutMs: number }

/** A check that hangs (a database that stopped answering) counts as down, not as a hung load balancer. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function databaseStatus(req: PayloadRequest, timeoutMs: number): Promise<Status> {
  return within(pingDatabase(req.payload), timeoutMs).then(
    () => 'ok' as const,
    () => 'unavailable' as const,
  )
}

/** Writes and removes a small file: catches read-only mounts and full disks, which a permission check misses. */
async function storageStatus(dir: string, timeoutMs: number): Promise<Status> {
  const probe = path.join(dir, `.health-${process.pid}`)
  const check = async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(probe, 'ok')
    await rm(probe, { force: true })
  }
  return within(check(), timeoutMs).then(
    () => 'ok' as const,
    () => 'unavailable' as const,
  )
}

export function healthHandler({ mediaDir: dir, timeoutMs }: Options): PayloadHandler {
  return async (req) => {
    const [database, storage] = await Promise.all([databaseStatus(req, timeoutMs), storageStatus(dir, timeoutMs)])
    const healthy = database === 'ok' && storage === 'ok'
    return Response.json(
      { status: healthy ? 'ok' : 'degraded', database, storage },
      { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}

/** For load balancers: 200 when the database answers and uploads can be written, 503 otherwise. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: healthHandler({ mediaDir, timeoutMs: 3000 }),
}
