/**
 * npm run backup [-- file.tar.gz]   → backups/newsroom-<time>.tar.gz by default
 * npm run restore -- file.tar.gz     (stop the server first)
 * Both act on the database npm start uses (DATABASE_URI, else data/newsroom.db) and MEDIA_DIR.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import { createBackup, fingerprintFiles, mongoBackupAdvice, restoreBackup, sqliteFile } from './backup'
import { isMongoUri } from '../adapter'

const [command, file] = process.argv.slice(2)
const mediaDir = process.env.MEDIA_DIR || path.resolve(process.cwd(), 'media')

async function main(): Promise<number> {
  if (isMongoUri(process.env.DATABASE_URI)) {
    console.error(mongoBackupAdvice(process.env.DATABASE_URI!))
    return 2
  }
  const { default: config } = await import('@payload-config')
  if (command === 'backup') {
    const archive = path.resolve(file ?? `backups/newsroom-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`)
    const payload = await getPayload({ config })
    const manifest = await createBackup(payload, archive, mediaDir)
    await payload.destroy()
    console.log(`Backup written: ${archive}`)
    console.log(
      `  ${Object.entries(manifest.counts)
        .map(([slug, n]) => `${slug} ${n}`)
        .join(', ')}; media files ${manifest.mediaFiles}`,
    )
    return 0
  }
  if (command === 'restore' && file) {
    const databaseFile = sqliteFile()
    const manifest = await restoreBackup(path.resolve(file), { databaseFile, mediaDir })
    // Open the restored database (applies any newer migrations) and check it holds what the backup listed.
    const payload = await getPayload({ config })
    const problems: string[] = []
    for (const [slug, expected] of Object.entries(manifest.counts)) {
      const { totalDocs } = await payload.count({ collection: slug as never, overrideAccess: true })
      if (totalDocs !== expected) problems.push(`${slug}: ${totalDocs} documents, the backup had ${expected}`)
    }
    const files = Object.keys(await fingerprintFiles(mediaDir)).length
    if (files !== manifest.mediaFiles) problems.push(`media: ${files} files, the backup had ${manifest.mediaFiles}`)
    await payload.destroy()
    if (problems.length) {
      console.error(`Restore incomplete:\n  ${problems.join('\n  ')}`)
      return 1
    }
    console.log(`Restored ${file} (made ${manifest.createdAt}) into ${databaseFile} and ${mediaDir}.`)
    console.log('The previous database and media were kept beside them as *.before-restore-<time>.')
    return 0
  }
  console.error('Usage: npm run backup [-- archive.tar.gz] | npm run restore -- archive.tar.gz')
  return 64
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
