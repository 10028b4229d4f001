import { expect, test } from 'vitest'

import { withWebScheme } from './sourceUrl'

test('a source address typed without https:// gets it; full and unusable addresses are left as they are', () => {
  expect(withWebScheme('vietnamplus.vn/xa-hoi/bai-1.vnp')).toBe('https://vietnamplus.vn/xa-hoi/bai-1.vnp')
  expect(withWebScheme('www.nhandan.vn')).toBe('https://www.nhandan.vn')
  expect(withWebScheme('  //baochinhphu.vn/a  ')).toBe('https://baochinhphu.vn/a')
  expect(withWebScheme('http://example.vn/a ')).toBe('http://example.vn/a')
  expect(withWebScheme('javascript:alert(1)')).toBe('javascript:alert(1)')
  expect(withWebScheme('Theo TTXVN')).toBe('Theo TTXVN')
  expect(withWebScheme(null)).toBe(null)
  expect(withWebScheme('')).toBe('')
})
