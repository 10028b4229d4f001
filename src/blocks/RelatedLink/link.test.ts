import { describe, expect, test } from 'vitest'

import { isWebAddress, linksOutside } from './link'

describe('inline related link', () => {
  test('accepts only http(s) addresses with a host', () => {
    expect(isWebAddress('https://en.nhandan.vn/story-123.html')).toBe(true)
    expect(isWebAddress('http://vietnamplus.vn')).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'mailto:a@b.c',
      '/vi/thoi-su/bai',
      'en.nhandan.vn/x',
      'https://',
      '',
      null,
      42,
    ]) {
      expect(isWebAddress(bad)).toBe(false)
    }
  })

  test('blocks saved before external links existed still link to an article', () => {
    expect(linksOutside(undefined)).toBe(false)
    expect(linksOutside('article')).toBe(false)
    expect(linksOutside('external')).toBe(true)
  })
})
