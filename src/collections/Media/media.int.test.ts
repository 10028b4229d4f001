import { afterAll, beforeAll, expect, test } from 'vitest'

import { expectFieldError, pngImage } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

test('an image gets every size the site uses, in WebP', async () => {
  const data = await pngImage(1600, 1000)
  const doc = await t.payload.create({
    collection: 'media',
    locale: 'vi',
    data: { alt: 'Một hình chữ nhật màu đỏ', credit: 'Lâm Khánh', agency: 'TTXVN' },
    file: file(data, 'red.png', 'image/png'),
  })
  for (const size of ['thumbnail', 'card', 'hero', 'social'] as const) {
    expect(doc.sizes?.[size]?.mimeType).toBe('image/webp')
  }
  expect(doc.sizes?.social?.width).toBe(1200)
  expect(doc.sizes?.social?.height).toBe(630)
})

test('a photo without photographer or agency is refused with a message naming the problem', async () => {
  const data = await pngImage()
  await expectFieldError(
    t.payload.create({ collection: 'media', locale: 'vi', data: { alt: 'Ảnh không rõ nguồn' }, file: file(data, 'x.png', 'image/png') }),
    'credit',
    /tác giả ảnh, hãng ảnh, hoặc cả hai/,
  )
})

test('alt text is required', async () => {
  const data = await pngImage()
  await expectFieldError(
    t.payload.create({ collection: 'media', locale: 'vi', data: { agency: 'VNA' } as never, file: file(data, 'y.png', 'image/png') }),
    'alt',
    /./,
  )
})

test('a text file posing as an image is refused', async () => {
  const data = Buffer.from('this is not an image at all, just text\n'.repeat(20))
  await expect(
    t.payload.create({ collection: 'media', locale: 'vi', data: { alt: 'Giả', agency: 'VNA' }, file: file(data, 'fake.jpg', 'image/jpeg') }),
  ).rejects.toMatchObject({ status: 400 })
})

test('a truncated image is refused with a 400, not a crash', async () => {
  const full = await pngImage(800, 600)
  const data = full.subarray(0, Math.floor(full.length / 2))
  await expect(
    t.payload.create({ collection: 'media', locale: 'vi', data: { alt: 'Cắt cụt', agency: 'VNA' }, file: file(data, 'half.png', 'image/png') }),
  ).rejects.toMatchObject({ status: 400 })
  const { totalDocs } = await t.payload.count({ collection: 'media', where: { filename: { equals: 'half.png' } } })
  expect(totalDocs).toBe(0)
})
