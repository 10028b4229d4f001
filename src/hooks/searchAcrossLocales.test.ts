import { expect, test } from 'vitest'

import { searchTextOf } from './searchAcrossLocales'

test('the search text holds every language once, folded', () => {
  expect(searchTextOf(['Hà Nội', 'Hanoi', '河内', null, ' '])).toBe('ha noi | hanoi | 河内')
  // Two languages with the same name after folding count once.
  expect(searchTextOf(['Đà Nẵng', 'Da Nang'])).toBe('da nang')
})

test('headlines keep their typed form beside the folded one', () => {
  expect(searchTextOf(['Tuyến metro chạy thử', 'Metro trial', '地铁试运行'], true)).toBe(
    'Tuyến metro chạy thử | Metro trial | 地铁试运行 | tuyen metro chay thu | metro trial',
  )
})
