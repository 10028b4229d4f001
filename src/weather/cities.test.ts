import { expect, test } from 'vitest'

import { citiesIn } from './cities'

const rows = [
  { name: { vi: 'Hà Nội', en: 'Hanoi', zh: '河内' }, latitude: 21.03, longitude: 105.85, temperature: 19 },
  { name: { en: 'Hue' }, latitude: 16.46, longitude: 107.59, temperature: 23 },
  { name: { vi: 'Đà Nẵng', en: null }, latitude: 16.05, longitude: 108.2, temperature: null },
  { name: {}, latitude: 0, longitude: 0 },
]

test('every language shows every named city, in its own name when it has one', () => {
  expect(citiesIn('en', rows).map((city) => city.name)).toEqual(['Hanoi', 'Hue', 'Đà Nẵng'])
  expect(citiesIn('vi', rows).map((city) => city.name)).toEqual(['Hà Nội', 'Hue', 'Đà Nẵng'])
  expect(citiesIn('zh', rows).map((city) => city.name)).toEqual(['河内', 'Hue', 'Đà Nẵng'])
  expect(citiesIn('vi', rows)[1]).toEqual({ name: 'Hue', latitude: 16.46, longitude: 107.59, temperature: 23 })
})
