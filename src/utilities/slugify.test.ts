import { expect, test } from 'vitest'

import { isValidSlug, slugify } from './slugify'

test('Vietnamese folds to plain letters, with đ as d', () => {
  expect(slugify('Đà Nẵng đẹp')).toBe('da-nang-dep')
  expect(slugify('Thành phố Hồ Chí Minh: mưa lớn!')).toBe('thanh-pho-ho-chi-minh-mua-lon')
})

test('a headline without Latin letters has no slug of its own', () => {
  expect(slugify('河内开通新地铁线')).toBe('')
  // Full-width Latin in a Chinese headline folds to plain letters.
  expect(slugify('越南ＧＤＰ增长')).toBe('gdp')
})

test('slugs are capped without a trailing hyphen', () => {
  const slug = slugify('a '.repeat(100), 20)
  expect(slug.length).toBeLessThanOrEqual(20)
  expect(slug.endsWith('-')).toBe(false)
  expect(isValidSlug(slug)).toBe(true)
  expect(isValidSlug('Có dấu')).toBe(false)
})
