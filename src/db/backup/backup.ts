import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { defaultSqliteUrl, isMongoUri } from '../adapter'
import { extractArchive, writeArchive } from './archive'

/**
 * Backups of the embedded SQLite database: one .tar.gz with a consistent copy of the database
 * (SQLite's VACUUM INTO, safe while the server runs), every media file and a manifest.
 * MongoDB has its own tools; see mongoBackupAdvice.
 */
export type Manifest = {
  format: 'newsroom-backup/1'
  createdAt: string
  adapter: 'sqlite'
  migrations: string[]
  counts: Record<string, number>
  mediaFiles: number
}

export const databaseEntry = 'database.sqlite'
export const manifestEntry = 'manifest.json'

export function mongoBackupAdvice(uri: string): string {
  const safe = uri.replace(/\/\/[^@/]+@/, '//<credentials>@')
  return [
    "DATABASE_URI points to MongoDB: back it up with MongoDB's own tools, and the media folder with tar:",
    `  mongodump --uri="${safe}" --archive=newsroom-db.archive --gzip`,
    '  tar -czf newsroom-media.tar.gz -C "$MEDIA_DIR" .',
    'Restore with `mongorestore --uri=… --archive=newsroom-db.archive --gzip --drop` and by unpacking the media archive.',
  ].join('\n')
}

/** The SQLite file a DATABASE_URI names (file:… or the default under data/). */
export function sqliteFile(env: NodeJS.ProcessEnv = process.env): string {
  const uri = env.DATABASE_URI?.trim()
  if (uri && isMongoUri(uri)) throw new Error(mongoBackupAdvice(uri))
  const url = uri && uri.startsWith('file:') ? uri : defaultSqliteUrl(env)
  return path.resolve(url.replace(/^file:(\/\/)?/, ''))
}

async function filesUnder(dir: string, base = dir): Promise<string[]> {
  if (!existsSync(dir)) return []
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await filesUnder(full, base)))
    else if (entry.isFile()) found.push(path.relative(base, full))
  }
  return found.sort()
}

async function countEverything(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const slug of Object.keys(payload.collections)) {
    counts[slug] = (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
  }
  return counts
}

export async function createBackup(payload: Payload, archive: string, mediaDir: string): Promise<Manifest> {
  if (payload.db.name !== 'sqlite') throw new Error(mongoBackupAdvice(process.env.DATABASE_URI ?? 'mongodb://…'))
  const work = await mkdtemp(path.join(tmpdir(), 'newsroom-backup-'))
  try {
    const snapshot = path.join(work, databaseEntry)
    // A consistent copy even while the server writes (the raw-SQL exception lives here, in src/db).
    await payload.db.drizzle.run(sql`VACUUM INTO ${snapshot}`)
    const migrations = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, sort: 'id', depth: 0 })
    const media = await filesUnder(mediaDir)
    const manifest: Manifest = {
      format: 'newsroom-backup/1',
      createdAt: new Date().toISOString(),
      adapter: 'sqlite',
      migrations: migrations.docs.map((doc) => String(doc.name)),
      counts: await countEverything(payload),
      mediaFiles: media.length,
    }
    await writeFile(path.join(work, manifestEntry), JSON.stringify(manifest, null, 2))
    // The media folder is linked in so that every entry has its archive name relative to one folder.
    const mediaLink = path.join(work, 'media')
    if (media.length) await symlink(path.resolve(mediaDir), mediaLink, 'dir')
    try {
      await writeArchive(archive, work, [manifestEntry, databaseEntry, ...media.map((file) => `media/${file.split(path.sep).join('/')}`)])
    } finally {
      if (media.length) await unlink(mediaLink)
    }
    return manifest
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Puts an archive's database and media in place. The server must be stopped. What was there
 * before is kept beside it (…before-restore-<time>), never deleted.
 */
export async function restoreBackup(
  archive: string,
  target: { databaseFile: string; mediaDir: string },
  maxEntryBytes?: number,
): Promise<Manifest> {
  const work = await mkdtemp(path.join(tmpdir(), 'newsroom-restore-'))
  try {
    const names = await extractArchive(archive, work, maxEntryBytes)
    if (!names.includes(manifestEntry) || !names.includes(databaseEntry)) {
      throw new Error(`${archive} is not a newsroom backup (no ${manifestEntry} or ${databaseEntry}).`)
    }
    const manifest = JSON.parse(await readFile(path.join(work, manifestEntry), 'utf8')) as Manifest
    if (manifest.format !== 'newsroom-backup/1') throw new Error(`Unknown backup format "${manifest.format}".`)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    await mkdir(path.dirname(target.databaseFile), { recursive: true })
    await keepAside(target.databaseFile, `${target.databaseFile}.before-restore-${stamp}`)
    await cp(path.join(work, databaseEntry), target.databaseFile)
    if (existsSync(target.mediaDir)) await rename(target.mediaDir, `${target.mediaDir}.before-restore-${stamp}`)
    await mkdir(target.mediaDir, { recursive: true })
    if (existsSync(path.join(work, 'media'))) await cp(path.join(work, 'media'), target.mediaDir, { recursive: true })
    return manifest
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Moves a SQLite database aside with its write-ahead log: after a stop the log can still hold
 * saved work that is not in the main file yet (7.8 MB, 15 articles, once). The log and its index
 * are renamed with the file (SQLite finds them by name), then folded into the kept copy, so the
 * copy is complete on its own.
 */
export async function keepAside(databaseFile: string, keptFile: string): Promise<void> {
  if (!existsSync(databaseFile)) {
    for (const suffix of ['-wal', '-shm']) await rm(`${databaseFile}${suffix}`, { force: true })
    return
  }
  await rename(databaseFile, keptFile)
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${databaseFile}${suffix}`)) await rename(`${databaseFile}${suffix}`, `${keptFile}${suffix}`)
  }
  const { DatabaseSync } = await import('node:sqlite')
  const kept = new DatabaseSync(keptFile)
  try {
    kept.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  } finally {
    kept.close()
  }
}

/** sha256 of every file under a folder, by relative path: to compare media before and after. */
export async function fingerprintFiles(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const file of await filesUnder(dir)) {
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(path.join(dir, file))) hash.update(chunk as Buffer)
    result[file] = hash.digest('hex')
  }
  return result
}
