import { expect, test } from 'vitest'

import { samePath } from './samePath'

test.each([
  ['/vi/thoi-su/bai-viet', '/vi/thoi-su/bai-viet'],
  ['/en?x=1#top', '/en?x=1#top'],
  ['/\\evil.example/phish', '/'],
  ['/\tevil.example/phish', '/'],
  ['/\t/evil.example', '/'],
  ['/\n/evil.example', '/'],
  ['//evil.example', '/'],
  ['https://evil.example', '/'],
  ['javascript:alert(1)', '/'],
  ['', '/'],
  [null, '/'],
])('exit-preview path %j goes to %j', (raw, expected) => {
  expect(samePath(raw)).toBe(expected)
})
