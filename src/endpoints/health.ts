import { access, constants, mkdir } from 'node:fs/promises'

import type { Endpoint } from 'payload'

import { mediaDir } from '@/collections/Media'

/** For load balancers: 200 when the database answers and uploads can be written, 503 otherwise. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const database = await req.payload
      .count({ collection: 'sections', overrideAccess: true })
      .then(() => 'ok' as const)
      .catch(() => 'unavailable' as const)
    const storage = await mkdir(mediaDir, { recursive: true })
      .then(() => access(mediaDir, constants.W_OK))
      .then(() => 'ok' as const)
      .catch(() => 'unavailable' as const)
    const healthy = database === 'ok' && storage === 'ok'
    return Response.json(
      { status: healthy ? 'ok' : 'degraded', database, storage },
      { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
