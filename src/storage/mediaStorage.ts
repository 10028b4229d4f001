import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { isMongoUri } from '@/db/adapter'

/**
 * Where uploads are stored. Local disk (MEDIA_DIR) by default; S3_BUCKET selects S3-compatible
 * storage (AWS S3, MinIO, …) so that several app instances share one set of files.
 *
 * Either way Payload makes the same sizes with sharp and serves every file under the same URL,
 * /api/media/file/<name>, through its own access control: pages, feeds and the proxy see no
 * difference. The plugin stores each file's object key in one more field (`_objectKey`): MongoDB
 * (production, where several machines need shared storage) takes it as is; the embedded SQLite
 * database has no column for it, and on one machine the local disk is shared anyway.
 */
export function mediaStorage(env: Record<string, string | undefined> = process.env): Plugin {
  const bucket = env.S3_BUCKET?.trim() ?? ''
  if (bucket && !isMongoUri(env.DATABASE_URI?.trim())) {
    throw new Error('S3_BUCKET is for deployments on MongoDB (DATABASE_URI=mongodb://…); with SQLite, keep uploads on disk (MEDIA_DIR).')
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  // Always in the config, enabled or not, so the admin's import map is the same either way.
  return s3Storage({
    enabled: bucket !== '',
    bucket,
    collections: { media: true },
    config: {
      endpoint,
      region: env.S3_REGION?.trim() || 'us-east-1',
      // MinIO and most S3-compatible servers address buckets by path, not by host name.
      forcePathStyle: endpoint ? env.S3_FORCE_PATH_STYLE !== 'false' : env.S3_FORCE_PATH_STYLE === 'true',
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  })
}
