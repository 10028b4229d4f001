import { expect, test } from 'vitest'

import { foldDiacritics, isValidSlug, slugify } from './slugify'

test('Vietnamese folds to plain letters, with đ as d', () => {
  expect(foldDiacritics('HÀ NỘI')).toBe('ha noi')
  expect(foldDiacritics('Đà Nẵng đẹp')).toBe('da nang dep')
  expect(slugify('Thành phố Hồ Chí Minh: mưa lớn!')).toBe('thanh-pho-ho-chi-minh-mua-lon')
})

test('a headline without Latin letters has no slug of its own', () => {
  expect(slugify('河内开通新地铁线')).toBe('')
})

test('slugs are capped without a trailing hyphen', () => {
  const slug = slugify('a '.repeat(100), 20)
  expect(slug.length).toBeLessThanOrEqual(20)
  expect(slug.endsWith('-')).toBe(false)
  expect(isValidSlug(slug)).toBe(true)
  expect(isValidSlug('Có dấu')).toBe(false)
})
