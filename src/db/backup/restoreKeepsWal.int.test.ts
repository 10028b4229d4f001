import { copyFile, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterAll, expect, test } from 'vitest'

import { writeArchive } from './archive'
import { databaseEntry, manifestEntry, restoreBackup } from './backup'

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

/** A server's database as a stop can leave it: rows written, still only in the write-ahead log. */
async function databaseWithUnsavedWal(file: string, rows: number): Promise<void> {
  const live = new DatabaseSync(path.join(path.dirname(file), 'live.db'))
  live.exec('PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE articles (title TEXT)')
  const insert = live.prepare('INSERT INTO articles (title) VALUES (?)')
  for (let i = 0; i < rows; i++) insert.run(`Bài ${i} ${'x'.repeat(2000)}`)
  // Copied while the connection is open: the main file lacks the rows, the log has them.
  for (const suffix of ['', '-wal', '-shm']) await copyFile(`${live.location()}${suffix}`, `${file}${suffix}`)
  live.close()
}

test('restore keeps the replaced database whole, write-ahead log included', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-restore-wal-'))
  dirs.push(dir)
  const databaseFile = path.join(dir, 'data', 'newsroom.db')
  await mkdir(path.dirname(databaseFile), { recursive: true })
  await databaseWithUnsavedWal(databaseFile, 500)

  const manifest = path.join(dir, manifestEntry)
  await writeFile(manifest, JSON.stringify({ format: 'newsroom-backup/1', counts: {}, mediaFiles: 0, migrations: [] }))
  const empty = path.join(dir, 'empty.db')
  new DatabaseSync(empty).close()
  await rename(empty, path.join(dir, databaseEntry))
  const archive = path.join(dir, 'backup.tar.gz')
  await writeArchive(archive, dir, [manifestEntry, databaseEntry])

  await restoreBackup(archive, { databaseFile, mediaDir: path.join(dir, 'media') })

  const kept = (await readdir(path.dirname(databaseFile))).find(
    (name) => /^newsroom\.db\.before-restore-[^-]/.test(name) && !/-(wal|shm)$/.test(name),
  )
  expect(kept).toBeDefined()
  const copy = new DatabaseSync(path.join(path.dirname(databaseFile), kept!), { readOnly: true })
  expect(copy.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 500 })
  copy.close()
  // The restored database starts without the old log beside it.
  expect((await readdir(path.dirname(databaseFile))).filter((name) => name === 'newsroom.db-wal')).toEqual([])
})
