import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { viewFigures } from '@/analytics/views'
import { expectFieldError, pngImage } from '@/testing/fixtures'
import { parseDocId, relationId } from '@/utilities/docId'
import { databaseAdapter, isMongoUri } from './adapter'

describe('adapter selection', () => {
  test('mongodb:// and mongodb+srv:// select MongoDB; anything else runs on the embedded SQLite', () => {
    expect(databaseAdapter({ DATABASE_URI: 'mongodb://db.internal:27017/newsroom?replicaSet=rs0', NODE_ENV: 'production' }).name).toBe(
      'mongoose',
    )
    expect(databaseAdapter({ DATABASE_URI: 'mongodb+srv://cluster.example/newsroom', NODE_ENV: 'production' }).name).toBe('mongoose')
    expect(databaseAdapter({ DATABASE_URI: 'file:/tmp/x.db', NODE_ENV: 'production' }).name).toBe('sqlite')
    expect(databaseAdapter({ NODE_ENV: 'production' }).name).toBe('sqlite')
    expect(isMongoUri('postgres://x')).toBe(false)
  })
})

/**
 * Production runs on MongoDB, which cannot be installed on the machines the suite usually runs
 * on. Point TEST_MONGODB_URI at a replica set (e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0) to
 * run these; each run uses its own database and drops it afterwards.
 */
const mongoUri = process.env.TEST_MONGODB_URI
if (!mongoUri) {
  console.warn('[newsroom] MongoDB tests SKIPPED: TEST_MONGODB_URI is not set (no MongoDB server here).')
}

function throwawayDatabase(uri: string): string {
  const url = new URL(uri)
  url.pathname = `/newsroom_test_${Date.now().toString(36)}`
  return url.toString()
}

describe.skipIf(!mongoUri)('on MongoDB (TEST_MONGODB_URI)', () => {
  let payload: Payload
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-mongo-media-'))

  beforeAll(async () => {
    process.env.MEDIA_DIR = mediaDir
    process.env.DATABASE_URI = throwawayDatabase(mongoUri as string)
    process.env.PAYLOAD_SECRET = 'newsroom-mongo-test-secret'
    const { default: config } = await import('@payload-config')
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    if (!payload) return
    const db = payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } }
    await db.connection?.dropDatabase()
    await payload.destroy()
    rmSync(mediaDir, { recursive: true, force: true })
  })

  const draftIn = async (title: string) => {
    const section = await payload.create({
      collection: 'sections',
      locale: 'vi',
      data: { name: `Mục ${title}`, slug: `muc-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}` },
    })
    return payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      data: { title, lead: 'Sapo', section: section.id, _status: 'draft' },
    })
  }

  test('per-locale publication: the vi edition is public, the en draft is not, on ObjectId ids', async () => {
    const section = await payload.create({ collection: 'sections', locale: 'vi', data: { name: 'Thời sự', slug: 'thoi-su' } })
    const article = await payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      data: { title: 'Bài trên MongoDB', lead: 'Sapo', section: section.id, _status: 'draft' },
    })
    expect(parseDocId(String(article.id))).toBe(String(article.id))
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: { _status: 'published' },
      publishSpecificLocale: 'vi',
    })
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { title: 'Being translated' } })

    const publicRead = (locale: 'vi' | 'en') =>
      payload.find({ collection: 'articles', locale, overrideAccess: false, fallbackLocale: false, depth: 1 })
    const vi = await publicRead('vi')
    expect(vi.docs.map((doc) => doc.title)).toEqual(['Bài trên MongoDB'])
    expect(relationId(vi.docs[0].section)).toBe(section.id)
    const en = await publicRead('en')
    expect(en.docs.map((doc) => doc.title)).not.toContain('Being translated')
  })

  // Each of these compared ids with `typeof id === 'number'` or `Number(id)` once, which quietly
  // did nothing on ObjectId strings.
  test('a photo without a credit blocks publication', async () => {
    const buffer = await pngImage()
    const photo = await payload.create({
      collection: 'media',
      locale: 'vi',
      data: { alt: 'Ảnh' },
      file: { data: buffer, name: 'khong-nguon.png', mimetype: 'image/png', size: buffer.length },
    })
    const article = await draftIn('Ảnh không nguồn')
    await payload.update({ collection: 'articles', id: article.id, locale: 'vi', draft: true, data: { heroImage: photo.id } })
    await expectFieldError(
      payload.update({ collection: 'articles', id: article.id, locale: 'vi', data: { _status: 'published' }, publishSpecificLocale: 'vi' }),
      'heroImage',
      /khong-nguon\.png.*tác giả ảnh hoặc hãng ảnh/,
    )
  })

  test('an article cannot be related to itself', async () => {
    const article = await draftIn('Tự liên quan')
    await expectFieldError(
      payload.update({ collection: 'articles', id: article.id, locale: 'vi', data: { related: [article.id] } }),
      'related',
      /chính nó|itself/,
    )
  })

  test('the data step gives every edition of an article stored before the change its hero photo, source and related list', async () => {
    const article = await draftIn('Bài cũ')
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { title: 'Old story' } })
    const related = await draftIn('Bài liên quan cũ')
    // As stored before: one value for the whole article, in the document and its latest version.
    type Native = { updateOne: (f: object, u: object) => Promise<unknown>; updateMany: (f: object, u: object) => Promise<unknown> }
    const db = payload.db as unknown as {
      collections: { articles: { collection: Native } }
      versions: { articles: { collection: Native } }
    }
    const { ObjectId } = await import('mongodb')
    const old = { outlet: 'Vietnam+', url: 'https://example.org/a' }
    await db.collections.articles.collection.updateOne(
      { _id: new ObjectId(String(article.id)) },
      { $set: { source: old, related: [new ObjectId(String(related.id))] } },
    )
    await db.versions.articles.collection.updateMany({ parent: new ObjectId(String(article.id)) }, { $set: { 'version.source': old } })
    const { editionOwnFieldsMongoMigration } = await import('./editionOwnFieldsMongo')
    await editionOwnFieldsMongoMigration.up({ payload, req: {} as never, session: undefined })
    for (const locale of ['vi', 'en'] as const) {
      const doc = await payload.findByID({ collection: 'articles', id: article.id, locale, draft: true, depth: 0, fallbackLocale: false })
      expect(doc.source).toMatchObject(old)
    }
    const stored = await payload.findByID({ collection: 'articles', id: article.id, locale: 'vi', depth: 0, fallbackLocale: false })
    expect(stored.related?.map((r) => relationId(r))).toEqual([related.id])
  })

  test('view figures are counted per article', async () => {
    const article = await draftIn('Được đọc')
    const hour = new Date()
    hour.setUTCMinutes(0, 0, 0)
    await payload.create({
      collection: 'page-views',
      data: { article: article.id, locale: 'vi', hour: hour.toISOString(), views: 5, bucket: `${article.id}:vi:${hour.toISOString()}` },
    })
    const figures = await viewFigures(payload, [article.id])
    expect(figures.get(article.id)).toEqual({ day: 5, week: 5 })
  })
})
