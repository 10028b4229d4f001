import { expect, test } from 'vitest'

import { mediaSrcSet } from './mediaSrcSet'

const size = (url: string | null, width: number | null) => ({ url, width, height: null, mimeType: null, filesize: null, filename: null })

test('lists the sizes Payload made, narrowest first, as srcset entries', () => {
  const photo = { sizes: { hero: size('/api/media/file/a-1280x720.webp', 1280), thumbnail: size('/api/media/file/a-320x213.webp', 320) } }
  expect(mediaSrcSet(photo, ['hero', 'thumbnail'])).toBe('/api/media/file/a-320x213.webp 320w, /api/media/file/a-1280x720.webp 1280w')
})

test('skips sizes Payload did not make (an upload smaller than the size) and asks for none with fewer than two', () => {
  const small = { sizes: { thumbnail: size('/api/media/file/b-320x213.webp', 320), card: size(null, null), hero: size(null, null) } }
  expect(mediaSrcSet(small, ['thumbnail', 'card', 'hero'])).toBeUndefined()
  expect(mediaSrcSet({ sizes: undefined }, ['thumbnail', 'card'])).toBeUndefined()
})
