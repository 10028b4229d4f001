import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload, type Migration, type Payload } from 'payload'

import { migrations } from '@/db/migrations'

export type TestPayload = { payload: Payload; dir: string; close: () => Promise<void> }

/**
 * A Payload instance on a throwaway SQLite file, with the schema built by the committed
 * migrations (the same path production takes), so a missing migration fails here first.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'newsroom-test-secret'
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  // The adapter's generic signature types migration args as unknown; these are the SQLite ones.
  // The config picks its database when it is first imported: a test file that imports it (or a
  // module that does) before this runs would write to the developer's data/ database instead.
  const opened = (payload.db as { clientConfig?: { url?: string } }).clientConfig?.url
  if (opened !== process.env.DATABASE_URI) {
    await payload.destroy()
    throw new Error(
      `The test Payload opened ${opened}, not its throwaway database: '@payload-config' was imported before startTestPayload(); import it lazily.`,
    )
  }
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
