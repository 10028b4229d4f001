import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'

/**
 * A minimal ustar writer and reader (regular files only), so backups need no extra package.
 * Archives open with any tar: `tar -tzf backup.tar.gz`.
 */
export type TarEntry = { name: string; file: string }

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name }
  const cut = name.lastIndexOf('/', 155)
  const prefix = name.slice(0, cut)
  const base = name.slice(cut + 1)
  if (cut <= 0 || Buffer.byteLength(prefix) > 155 || Buffer.byteLength(base) > 100)
    throw new Error(`Path too long for the archive: ${name}`)
  return { prefix, base }
}

function header(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(512)
  const { prefix, base } = splitName(name)
  block.write(base, 0, 100)
  block.write(octal(0o644, 8), 100)
  block.write(octal(0, 8), 108)
  block.write(octal(0, 8), 116)
  block.write(octal(size, 12), 124)
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136)
  block.write('        ', 148) // checksum is computed with spaces here
  block.write('0', 156)
  block.write('ustar\0', 257)
  block.write('00', 263)
  block.write(prefix, 345, 155)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(sum, 7) + ' ', 148)
  return block
}

async function* tarStream(entries: TarEntry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    const info = await stat(entry.file)
    yield header(entry.name, info.size, info.mtime)
    for await (const chunk of createReadStream(entry.file)) yield chunk as Buffer
    const padding = (512 - (info.size % 512)) % 512
    if (padding) yield Buffer.alloc(padding)
  }
  yield Buffer.alloc(1024)
}

export async function writeTarGz(archive: string, entries: TarEntry[]): Promise<void> {
  await mkdir(path.dirname(archive), { recursive: true })
  await pipeline(Readable.from(tarStream(entries)), createGzip(), createWriteStream(archive))
}

function readString(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8')
}

/** Extracts regular files into `dir`, refusing paths that would land outside it. Returns their names. */
export async function extractTarGz(archive: string, dir: string): Promise<string[]> {
  const names: string[] = []
  let pending = Buffer.alloc(0)
  let current: { out: ReturnType<typeof createWriteStream> | null; remaining: number; padding: number } | null = null
  const root = path.resolve(dir)
  const write = (out: ReturnType<typeof createWriteStream>, data: Buffer) =>
    new Promise<void>((resolve, reject) => out.write(data, (error) => (error ? reject(error) : resolve())))
  const close = (out: ReturnType<typeof createWriteStream>) => new Promise<void>((resolve) => out.end(resolve))

  for await (const chunk of createReadStream(archive).pipe(createGunzip())) {
    pending = Buffer.concat([pending, chunk as Buffer])
    for (;;) {
      if (current) {
        if (current.remaining > 0) {
          if (pending.length === 0) break
          const take = Math.min(current.remaining, pending.length)
          if (current.out) await write(current.out, pending.subarray(0, take))
          pending = pending.subarray(take)
          current.remaining -= take
          if (current.remaining > 0) break
          if (current.out) await close(current.out)
        }
        if (pending.length < current.padding) break
        pending = pending.subarray(current.padding)
        current = null
      }
      if (pending.length < 512) break
      const block = pending.subarray(0, 512)
      pending = pending.subarray(512)
      if (block.every((byte) => byte === 0)) continue
      const base = readString(block, 0, 100)
      const prefix = readString(block, 345, 155)
      const name = prefix ? `${prefix}/${base}` : base
      const size = parseInt(readString(block, 124, 12).trim() || '0', 8)
      const type = String.fromCharCode(block[156] || 48)
      const padding = (512 - (size % 512)) % 512
      let out: ReturnType<typeof createWriteStream> | null = null
      if (type === '0') {
        const target = path.resolve(root, name)
        if (!target.startsWith(root + path.sep)) throw new Error(`Refusing to extract "${name}" outside ${dir}.`)
        await mkdir(path.dirname(target), { recursive: true })
        out = createWriteStream(target)
        names.push(name)
        if (size === 0) await close(out)
      }
      current = { out: size > 0 ? out : null, remaining: size, padding }
    }
  }
  return names
}
