import { expect, test } from 'vitest'

import { bodyPhotoIds } from './requirePhotoCredits'

const body = (photo: unknown, upload: unknown) => ({
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Trước ảnh' }] },
      { type: 'block', fields: { blockType: 'inlinePhoto', photo } },
      { type: 'upload', relationTo: 'media', value: upload },
    ],
  },
})

test('photos in the body are found whether the editor saved ids or populated photos (SQLite)', () => {
  expect(bodyPhotoIds(body(3, { id: 4, alt: 'x' }))).toEqual([3, 4])
})

test('photos in the body are found on MongoDB too, where ids are ObjectId strings', () => {
  const photo = '65a1b2c3d4e5f60718293a4b'
  const upload = '65a1b2c3d4e5f60718293a4c'
  // Without this the credit check would see no photos at all on the production database.
  expect(bodyPhotoIds(body(photo, { id: upload }))).toEqual([photo, upload])
})
