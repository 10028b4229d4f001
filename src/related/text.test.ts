import { expect, test } from 'vitest'

import { scoreCandidates } from './score'
import { foldDiacritics } from '@/utilities/foldDiacritics'

import { similarity, tokens } from './text'

test('Vietnamese is folded: case, diacritics and đ', () => {
  expect(foldDiacritics('Đường sắt HÀ NỘI')).toBe('duong sat ha noi')
  expect(foldDiacritics('Nghệ An, Quảng Trị')).toBe('nghe an, quang tri')
})

test('words with and without diacritics are the same tokens; consecutive words pair up', () => {
  const withMarks = tokens('Hà Nội mở tuyến đường sắt')
  const without = tokens('ha noi mo tuyen duong sat')
  expect([...withMarks].sort()).toEqual([...without].sort())
  expect(withMarks.has('ha noi')).toBe(true)
  // Stop words carry no meaning and are dropped.
  expect(tokens('Tin của Hà Nội').has('cua')).toBe(false)
})

test('Chinese is split into character bigrams', () => {
  const zh = tokens('河内地铁试运行')
  expect(zh.has('河内')).toBe(true)
  expect(zh.has('地铁')).toBe(true)
  expect(similarity(zh, tokens('河内地铁开通'))).toBeGreaterThan(similarity(zh, tokens('岘港海滩清洁')))
})

test('similarity is 0 with nothing shared and 1 for the same text', () => {
  expect(similarity(tokens('bóng đá'), tokens('giá vàng'))).toBe(0)
  expect(similarity(tokens('giá vàng tăng'), tokens('Giá vàng tăng'))).toBe(1)
  expect(similarity(new Set(), tokens('x'))).toBe(0)
})

test('scoring: tags and words beat an unrelated newer article; ties go to the newer; never self or twice', () => {
  const subject = { id: 1, title: 'Hà Nội chạy thử tàu điện', lead: null, section: 10, tags: [5] }
  const related = { id: 2, title: 'Tàu điện Hà Nội đón khách', section: 11, tags: [5], publishedAt: '2026-01-01T00:00:00Z' }
  const unrelated = { id: 3, title: 'Giá cà phê tăng', section: 12, tags: [9], publishedAt: '2026-02-01T00:00:00Z' }
  const sectionOld = { id: 4, title: 'Tin khác', section: 10, publishedAt: '2026-01-01T00:00:00Z' }
  const sectionNew = { id: 5, title: 'Tin nữa', section: 10, publishedAt: '2026-01-02T00:00:00Z' }
  const ranked = scoreCandidates(subject, [unrelated, sectionOld, related, sectionNew, related, { ...subject }])
  expect(ranked.map((entry) => entry.item.id)).toEqual([2, 5, 4])
})

test('one shared syllable is noise, not relatedness', () => {
  expect(similarity(tokens('Thủ đô mở tuyến mới'), tokens('Du khách đổ về'))).toBe(0)
})
