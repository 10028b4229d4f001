import type { CollectionConfig, Config } from 'payload'
import { expect, test } from 'vitest'

import { Media } from '@/collections/Media'

import { mediaStorage } from './mediaStorage'

type Field = { name?: string; type: string }

async function mediaWith(env: Record<string, string>): Promise<CollectionConfig> {
  const config = await mediaStorage(env)({ collections: [Media] } as Config)
  const media = config.collections?.find((collection) => collection.slug === 'media')
  if (!media) throw new Error('media collection missing')
  return media
}

const fieldNames = (collection: CollectionConfig) => (collection.fields as Field[]).map((field) => field.name ?? field.type)
const uploadOf = (collection: CollectionConfig) => (typeof collection.upload === 'object' ? collection.upload : {})

test('local disk is the default: without S3_BUCKET the media collection is unchanged', async () => {
  const media = await mediaWith({})
  expect(uploadOf(media).staticDir).toBe(uploadOf(Media).staticDir)
  expect(uploadOf(media).disableLocalStorage).toBeUndefined()
  expect(fieldNames(media)).toEqual(fieldNames(Media))
})

const s3 = { S3_BUCKET: 'newsroom-media', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }

test('S3_BUCKET stores uploads in S3-compatible storage with the same sizes and URLs', async () => {
  const media = await mediaWith({ ...s3, DATABASE_URI: 'mongodb://db:27017/newsroom?replicaSet=rs0' })
  expect(uploadOf(media).disableLocalStorage).toBe(true)
  expect(uploadOf(media).imageSizes).toEqual(uploadOf(Media).imageSizes)
  // Only Payload's own upload fields (url, sizes) and the object key; no prefix.
  expect(fieldNames(media)).toEqual([...fieldNames(Media), 'url', 'sizes', '_objectKey'])
  // Files are still served by Payload, at the same /api/media/file/<name> URLs, not from the bucket.
  expect(JSON.stringify(media.upload)).not.toContain('127.0.0.1:9000')
})

test('S3 storage on the embedded SQLite database is refused with the reason', () => {
  expect(() => mediaStorage({ ...s3, DATABASE_URI: 'file:data/newsroom.db' })).toThrow(/MongoDB/)
  expect(() => mediaStorage(s3)).toThrow(/MongoDB/)
})
