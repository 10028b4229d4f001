import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { create, extract, type ReadEntry } from 'tar'

/**
 * The backup archive: a gzipped tar written and read by the maintained `tar` package (a parser of
 * archives that may come from anywhere is security-sensitive, so it is not ours). Archives open with
 * any tar: `tar -tzf backup.tar.gz`.
 */

/** No single file of a newsroom backup (the database, one media file) is near this; a bigger entry is a zip bomb. */
export const defaultMaxEntryBytes = 16 * 1024 ** 3

/** Writes `files` (paths relative to `cwd`, kept as they are in the archive) into a .tar.gz. */
export async function writeArchive(archive: string, cwd: string, files: string[]): Promise<void> {
  await mkdir(path.dirname(archive), { recursive: true })
  await create({ file: archive, cwd, gzip: true, portable: true, strict: true }, files)
}

/** Why an entry may not be restored, or null when it is a plain file or folder inside the target. */
function refusal(entry: ReadEntry, maxEntryBytes: number): string | null {
  if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'Directory') return `is a ${entry.type}, not a file`
  const name = entry.path.replace(/\\/g, '/')
  if (path.posix.isAbsolute(name) || /^[a-z]:/i.test(name) || name.split('/').includes('..')) return 'would land outside the target'
  if ((entry.size ?? 0) > maxEntryBytes) return `is ${entry.size} bytes, over the limit of ${maxEntryBytes}`
  return null
}

/**
 * Extracts regular files and folders into `dir`. Links (symbolic or hard), devices, paths that would
 * land outside `dir` and entries over `maxEntryBytes` are not written, and the whole archive is then
 * refused; tar's own warnings (a damaged archive) are errors too. Returns the names of the files.
 */
export async function extractArchive(archive: string, dir: string, maxEntryBytes = defaultMaxEntryBytes): Promise<string[]> {
  const names: string[] = []
  const refused: string[] = []
  await mkdir(dir, { recursive: true })
  await extract({
    file: archive,
    cwd: dir,
    strict: true,
    preserveOwner: false,
    filter: (name, entry) => {
      const reason = refusal(entry as ReadEntry, maxEntryBytes)
      if (reason) refused.push(`"${name}" ${reason}`)
      else if ((entry as ReadEntry).type !== 'Directory') names.push(name.replace(/\\/g, '/'))
      return !reason
    },
  })
  if (refused.length) throw new Error(`Refusing ${archive}: ${refused.join('; ')}.`)
  return names
}
