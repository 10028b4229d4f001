import { expect, test } from 'vitest'

import { formatCredit } from './credit'
import { dictionaries } from './dictionaries'
import { formatDateTime } from './format'

test('credits are written the way each edition writes them', () => {
  expect(formatCredit('vi', { credit: 'Lâm Khánh', agency: 'TTXVN' })).toBe('(Ảnh: Lâm Khánh/TTXVN)')
  expect(formatCredit('en', { credit: 'Giang Nam', agency: 'NDO' })).toBe('(Photo: NDO/Giang Nam)')
  expect(formatCredit('zh', { agency: 'TTXVN' })).toBe('图自越通社')
  expect(formatCredit('vi', { credit: '  ', agency: null })).toBe('')
})

test('dates are shown in newsroom time (UTC+7) in the reader’s language', () => {
  const iso = '2020-06-03T02:34:00.000Z' // 09:34 in Hà Nội
  expect(formatDateTime(iso, 'vi')).toBe('Thứ Tư, 03/06/2020 09:34')
  expect(formatDateTime(iso, 'en')).toBe('Wednesday, 2020-06-03 09:34')
  expect(formatDateTime(iso, 'zh')).toBe('2020年6月3日星期三 09:34')
})

test('every dictionary has the same keys, none empty', () => {
  const keys = Object.keys(dictionaries.vi).sort()
  for (const dictionary of Object.values(dictionaries)) {
    expect(Object.keys(dictionary).sort()).toEqual(keys)
    for (const value of Object.values(dictionary)) expect(String(value).trim()).not.toBe('')
  }
})
