import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { withAfterCommit } from './afterCommit'
import { editionOwnFieldsMongoMigration } from './editionOwnFieldsMongo'
import { migrations } from './migrations'

export function isMongoUri(uri: string | undefined): boolean {
  return Boolean(uri && /^mongodb(\+srv)?:\/\//.test(uri))
}

/**
 * The embedded default lives in data/. Production (npm start) and development use separate
 * files: development pushes its schema, and a pushed database must never be migrated later.
 */
export function defaultSqliteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const file = env.NODE_ENV === 'production' ? 'newsroom.db' : 'newsroom-dev.db'
  return `file:${path.resolve(process.cwd(), 'data', file)}`
}

/**
 * DATABASE_URI=mongodb://… selects MongoDB (production). Anything else runs on SQLite:
 * `file:…` URLs as given, unset → data/. The SQLite schema comes from committed migrations,
 * applied when a production server connects; only `next dev` pushes it directly.
 */
export function databaseAdapter(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  const uri = env.DATABASE_URI?.trim()
  if (uri && isMongoUri(uri)) {
    // MongoDB has no schema to migrate, only data steps, run when a production server connects.
    return withAfterCommit(mongooseAdapter({ url: uri, prodMigrations: [editionOwnFieldsMongoMigration] }))
  }
  return withAfterCommit(
    sqliteAdapter({
      client: { url: uri && uri.startsWith('file:') ? uri : defaultSqliteUrl(env) },
      migrationDir: path.resolve(process.cwd(), 'src/db/migrations'),
      prodMigrations: migrations,
      push: env.NODE_ENV === 'development' && env.PAYLOAD_PUSH !== 'false',
      busyTimeout: 10_000,
      wal: true,
    }),
  )
}
