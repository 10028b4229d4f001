import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { create } from 'tar'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { extractArchive, writeArchive } from './archive'
import { databaseEntry, manifestEntry, restoreBackup } from './backup'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsroom-archive-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

/** A folder holding a newsroom backup's two entries, plus whatever the test adds. */
async function backupFolder(name: string): Promise<string> {
  const folder = path.join(dir, name)
  await mkdir(folder, { recursive: true })
  await writeFile(path.join(folder, manifestEntry), JSON.stringify({ format: 'newsroom-backup/1', counts: {}, mediaFiles: 0 }))
  await writeFile(path.join(folder, databaseEntry), 'not really sqlite')
  return folder
}

const untouched = (name: string) => ({ databaseFile: path.join(dir, name, 'db.sqlite'), mediaDir: path.join(dir, name, 'media') })

test('files written are read back with their names and bytes, in folders', async () => {
  const folder = await backupFolder('plain')
  await mkdir(path.join(folder, 'media', 'ảnh'), { recursive: true })
  const long = `${'tên-rất-dài-'.repeat(12)}.jpg`
  await writeFile(path.join(folder, 'media', 'ảnh', long), Buffer.from([0, 1, 2, 255]))
  const archive = path.join(dir, 'out', 'plain.tar.gz')
  await writeArchive(archive, folder, [manifestEntry, databaseEntry, `media/ảnh/${long}`])

  const names = await extractArchive(archive, path.join(dir, 'plain-out'))
  expect(names).toEqual([manifestEntry, databaseEntry, `media/ảnh/${long}`])
  expect([...(await readFile(path.join(dir, 'plain-out', 'media', 'ảnh', long)))]).toEqual([0, 1, 2, 255])
})

test('an archive with paths escaping the target is refused and writes nothing outside it', async () => {
  const folder = await backupFolder('escape/a/b')
  const archive = path.join(dir, 'escape.tar.gz')
  await writeFile(path.join(dir, 'escape', 'escaped.txt'), 'x')
  await create({ file: archive, cwd: folder, gzip: true, preservePaths: true }, [manifestEntry, databaseEntry, '../../escaped.txt'])

  const target = path.join(dir, 'escape-out', 'x', 'y')
  await expect(extractArchive(archive, target)).rejects.toThrow(/"\.\.\/\.\.\/escaped\.txt" would land outside/)
  expect(existsSync(path.join(dir, 'escape-out', 'escaped.txt'))).toBe(false)
  await expect(restoreBackup(archive, untouched('escape-restore'))).rejects.toThrow(/outside/)
  expect(existsSync(path.join(dir, 'escape-restore'))).toBe(false)
})

test('an archive with a symbolic link is refused', async () => {
  const folder = await backupFolder('link')
  await mkdir(path.join(folder, 'media'))
  await symlink('/etc/hostname', path.join(folder, 'media', 'photo.jpg'))
  const archive = path.join(dir, 'link.tar.gz')
  await create({ file: archive, cwd: folder, gzip: true }, [manifestEntry, databaseEntry, 'media/photo.jpg'])

  await expect(restoreBackup(archive, untouched('link-restore'))).rejects.toThrow(/"media\/photo\.jpg" is a SymbolicLink, not a file/)
  expect(existsSync(path.join(dir, 'link-restore'))).toBe(false)
})

test('an entry over the size limit is refused (a small archive can unpack to a huge file)', async () => {
  const folder = await backupFolder('big')
  await mkdir(path.join(folder, 'media'))
  await writeFile(path.join(folder, 'media', 'zeros.bin'), Buffer.alloc(64 * 1024))
  const archive = path.join(dir, 'big.tar.gz')
  await writeArchive(archive, folder, [manifestEntry, databaseEntry, 'media/zeros.bin'])

  await expect(restoreBackup(archive, untouched('big-restore'), 1024)).rejects.toThrow(/"media\/zeros\.bin" is 65536 bytes, over the limit/)
  expect(existsSync(path.join(dir, 'big-restore'))).toBe(false)
})

test('a file that is not a newsroom backup is refused before anything is touched', async () => {
  const folder = path.join(dir, 'other')
  await mkdir(folder)
  await writeFile(path.join(folder, 'note.txt'), 'hello')
  const archive = path.join(dir, 'other.tar.gz')
  await writeArchive(archive, folder, ['note.txt'])
  await expect(restoreBackup(archive, untouched('other-restore'))).rejects.toThrow(/not a newsroom backup/)
  expect(existsSync(path.join(dir, 'other-restore'))).toBe(false)
})

test('a damaged archive is refused', async () => {
  const archive = path.join(dir, 'damaged.tar.gz')
  await writeFile(archive, 'this is not gzip at all')
  await expect(restoreBackup(archive, untouched('damaged-restore'))).rejects.toThrow()
  expect(existsSync(path.join(dir, 'damaged-restore'))).toBe(false)
})
