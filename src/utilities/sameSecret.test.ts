import { expect, test } from 'vitest'

import { sameSecret } from './sameSecret'

test('only the exact secret matches; missing, shorter, longer or other ones do not', () => {
  expect(sameSecret('s3cret-value', 's3cret-value')).toBe(true)
  expect(sameSecret('s3cret-valuf', 's3cret-value')).toBe(false)
  expect(sameSecret('s3cret', 's3cret-value')).toBe(false)
  expect(sameSecret('s3cret-value-and-more', 's3cret-value')).toBe(false)
  expect(sameSecret(null, 's3cret-value')).toBe(false)
  expect(sameSecret(undefined, 's3cret-value')).toBe(false)
})
