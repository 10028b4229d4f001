import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { seedDemoNewsroom } from '@/seed/seed'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { createBackup, fingerprintFiles, restoreBackup } from './backup'
import { dumpNewsroom } from '@/testing/dump'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await seedDemoNewsroom(t.payload)
}, 300_000)
afterAll(async () => t?.close())

const root = path.resolve(__dirname, '../../..')

/** Dumps a database from a fresh process: a second Payload in this one would share the first's config. */
async function dumpInChildProcess(databaseFile: string, mediaDir: string): Promise<unknown> {
  const out = path.join(t.dir, 'dump.json')
  await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['src/testing/dumpCli.ts', out], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URI: `file:${databaseFile}`,
      MEDIA_DIR: mediaDir,
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'newsroom-test-secret',
    },
    maxBuffer: 256 * 1024 * 1024,
  })
  return JSON.parse(await readFile(out, 'utf8'))
}

test('the demo newsroom survives backup and restore: every document, version, global and media file', async () => {
  const mediaDir = process.env.MEDIA_DIR!
  const archive = path.join(t.dir, 'backups', 'demo.tar.gz')
  const manifest = await createBackup(t.payload, archive, mediaDir)
  expect(manifest.counts.articles).toBeGreaterThanOrEqual(30)
  expect(manifest.mediaFiles).toBeGreaterThan(0)

  const restored = { databaseFile: path.join(t.dir, 'restored', 'newsroom.db'), mediaDir: path.join(t.dir, 'restored', 'media') }
  // Something already there is kept aside, not overwritten.
  await mkdir(restored.mediaDir, { recursive: true })
  await writeFile(path.join(restored.mediaDir, 'old.txt'), 'old')
  await restoreBackup(archive, restored)

  expect(await fingerprintFiles(restored.mediaDir)).toEqual(await fingerprintFiles(mediaDir))
  const before = JSON.parse(JSON.stringify(await dumpNewsroom(t.payload)))
  const after = await dumpInChildProcess(restored.databaseFile, restored.mediaDir)
  expect(Object.keys(before).length).toBeGreaterThan(5)
  expect(after).toEqual(before)
}, 240_000)
