import { crc32, deflateSync } from 'node:zlib'

import sharp from 'sharp'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid 1-bit greyscale PNG of width × height: megapixels of zeros compress to a few kilobytes. */
export function pixelBombPng(width: number, height: number, rowsPresent = height): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(1, 8) // bit depth
  header.writeUInt8(0, 9) // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8))
  const raw = Buffer.alloc(row.length * rowsPresent)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

export async function jpegImage(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer()
}

/**
 * An animated GIF on a width × height canvas with `frames` frames, each a single pixel: the
 * decoder still composes every frame at full canvas size. 240 bytes for 2000×2000×10.
 */
export function animatedGif(width: number, height: number, frames: number): Buffer {
  const u16 = (n: number) => [n & 0xff, n >> 8]
  const header = [...Buffer.from('GIF89a'), ...u16(width), ...u16(height), 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]
  const frame = [
    0x21,
    0xf9,
    0x04,
    0x04,
    ...u16(10),
    0x00,
    0x00,
    0x2c,
    ...u16(0),
    ...u16(0),
    ...u16(1),
    ...u16(1),
    0x00,
    // LZW, minimum code size 2: clear, colour 0, end.
    0x02,
    0x02,
    0x44,
    0x01,
    0x00,
  ]
  return Buffer.from([...header, ...Array.from({ length: frames }, () => frame).flat(), 0x3b])
}
