import { expect, test } from 'vitest'

import { foldDiacritics } from './foldDiacritics'

test('Vietnamese tones and vowel marks go, đ and Đ become d', () => {
  expect(foldDiacritics('HÀ NỘI')).toBe('ha noi')
  expect(foldDiacritics('Đà Nẵng đẹp')).toBe('da nang dep')
  expect(foldDiacritics('Thừa Thiên Huế, Quảng Trị, Nghệ An')).toBe('thua thien hue, quang tri, nghe an')
})

test('precomposed and decomposed Vietnamese fold alike', () => {
  const precomposed = 'Trường Sa Đảo'.normalize('NFC')
  const decomposed = precomposed.normalize('NFD')
  expect(decomposed).not.toBe(precomposed)
  expect(foldDiacritics(decomposed)).toBe('truong sa dao')
  expect(foldDiacritics(precomposed)).toBe(foldDiacritics(decomposed))
})

test('Chinese is unchanged; full-width Latin letters and digits become plain ones', () => {
  expect(foldDiacritics('河内开通新地铁线')).toBe('河内开通新地铁线')
  expect(foldDiacritics('越南ＧＤＰ增长７％')).toBe('越南gdp增长7%')
  expect(foldDiacritics('２０２６年，河内')).toBe('2026年,河内')
})
